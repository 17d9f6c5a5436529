export function ForgotPasswordPage() {
  return <section className="page" />;
}
