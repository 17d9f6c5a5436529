export function CheckoutPage() {
  return <section className="page" />;
}
