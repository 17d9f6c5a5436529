import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http';
import { Field, ProblemMessage } from '../ui';

/** Asks auth to mail a reset link; the answer never tells whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const reset = useMutation({ mutationFn: () => api('/api/auth/password-reset', { method: 'POST', json: { email } }) });
  return (
    <section className="page">
      <h1>{t('forgot.title')}</h1>
      {reset.isSuccess ? (
        <p className="success" role="status">
          {t('forgot.sent')}
        </p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            reset.mutate();
          }}
        >
          <Field label={t('field.email')} type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
          {reset.isError && <ProblemMessage error={reset.error} />}
          <button type="submit" className="button primary" disabled={reset.isPending}>
            {t('forgot.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
