import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http';
import { useAuth } from '../auth/AuthContext';
import { Field, ProblemMessage, useProblemFieldErrors } from '../ui';

type Form = { firstName: string; lastName: string; email: string; phone: string; password: string };
const EMPTY: Form = { firstName: '', lastName: '', email: '', phone: '', password: '' };

/** Validates what it can before sending; the server's refusals show under each field. */
export function validateSignUp(form: Form, t: (key: string) => string): Partial<Record<keyof Form, string>> {
  const errors: Partial<Record<keyof Form, string>> = {};
  if (!form.firstName.trim()) errors.firstName = t('checkout.required');
  if (!form.lastName.trim()) errors.lastName = t('checkout.required');
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(form.email.trim())) errors.email = t('signUp.emailFormat');
  if (!/^\+?[0-9 .-]{6,25}$/.test(form.phone.trim())) errors.phone = t('signUp.phoneFormat');
  if ([...form.password].length < 12) errors.password = t('signUp.passwordLength');
  return errors;
}

export function SignUpPage() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const [form, setForm] = useState<Form>(EMPTY);
  const [checked, setChecked] = useState(false);
  const register = useMutation({ mutationFn: () => api('/api/auth/register', { method: 'POST', json: form }) });
  const serverErrors = useProblemFieldErrors(register.error);
  const errors = validateSignUp(form, t);
  const error = (name: keyof Form) => (checked ? errors[name] : undefined) ?? serverErrors[name];
  const set = (name: keyof Form) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setForm((current) => ({ ...current, [name]: event.target.value }));
  if (register.isSuccess) {
    return (
      <section className="page">
        <h1>{t('signUp.title')}</h1>
        <div className="success" role="status">
          <p>{t('signUp.done')}</p>
        </div>
        <div className="actions">
          <button type="button" className="button primary" onClick={() => login('/')}>
            {t('signUp.signIn')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="page">
      <h1>{t('signUp.title')}</h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (Object.keys(errors).length === 0) register.mutate();
        }}
      >
        <Field label={t('field.firstName')} autoComplete="given-name" value={form.firstName} onChange={set('firstName')} error={error('firstName')} required />
        <Field label={t('field.lastName')} autoComplete="family-name" value={form.lastName} onChange={set('lastName')} error={error('lastName')} required />
        <Field label={t('field.email')} type="email" autoComplete="email" value={form.email} onChange={set('email')} error={error('email')} required />
        <Field label={t('field.phone')} type="tel" autoComplete="tel" value={form.phone} onChange={set('phone')} error={error('phone')} required />
        <Field
          label={t('field.password')}
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          error={error('password')}
          required
          aria-description={t('signUp.passwordHint')}
        />
        <p className="muted">{t('signUp.passwordHint')}</p>
        {register.isError && <ProblemMessage error={register.error} />}
        <div className="actions">
          <button type="submit" className="button primary" disabled={register.isPending}>
            {t('signUp.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
