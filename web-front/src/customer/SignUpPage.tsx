export function SignUpPage() {
  return <section className="page" />;
}
