export function OrderPage() {
  return <section className="page" />;
}
