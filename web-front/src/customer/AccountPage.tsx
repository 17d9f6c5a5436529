export function AccountPage() {
  return <section className="page" />;
}
