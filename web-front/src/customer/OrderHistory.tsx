export function OrderHistory() {
  return <section className="page" />;
}
