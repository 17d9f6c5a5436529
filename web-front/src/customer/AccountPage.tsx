import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, download } from '../api/http';
import { useAuth } from '../auth/AuthContext';
import { ErrorState, Field, ProblemMessage, QueryFallback, SubmitRow, useProblemFieldErrors } from '../ui';
import type { Address } from './CheckoutPage';

type Profile = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  preferredPizzeriaId: number | null;
  marketingConsent: boolean;
  addresses: Address[];
};

/** Profile, named addresses, the data export and closing the account. */
export function AccountPage() {
  const { t } = useTranslation();
  const profile = useQuery({ queryKey: ['profile'], queryFn: () => api<Profile>('/api/customers/me') });
  if (!profile.isSuccess) return <QueryFallback query={profile} />;
  return (
    <section className="page">
      <h1>{t('account.title')}</h1>
      <ProfileForm profile={profile.data} />
      <Addresses />
      <Privacy />
    </section>
  );
}

function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState({
    firstName: profile.firstName,
    lastName: profile.lastName,
    phone: profile.phone ?? '',
    marketingConsent: profile.marketingConsent,
  });
  const save = useMutation({
    mutationFn: () =>
      api<Profile>('/api/customers/me', {
        method: 'PUT',
        json: { ...form, phone: form.phone || null, preferredPizzeriaId: profile.preferredPizzeriaId },
      }),
    onSuccess: (saved) => client.setQueryData(['profile'], saved),
  });
  const errors = useProblemFieldErrors(save.error);
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h2>{t('account.profile')}</h2>
      <p className="muted">{profile.email}</p>
      <Field label={t('field.firstName')} required value={form.firstName} onChange={(e) => setForm({ ...form, firstName: e.target.value })} error={errors.firstName} />
      <Field label={t('field.lastName')} required value={form.lastName} onChange={(e) => setForm({ ...form, lastName: e.target.value })} error={errors.lastName} />
      <Field label={t('field.phone')} type="tel" value={form.phone} onChange={(e) => setForm({ ...form, phone: e.target.value })} error={errors.phone} />
      <label className="choice">
        <input type="checkbox" checked={form.marketingConsent} onChange={(e) => setForm({ ...form, marketingConsent: e.target.checked })} />
        {t('account.marketing')}
      </label>
      <SubmitRow mutation={save} done={t('account.saved')}>
        {t('common.save')}
      </SubmitRow>
    </form>
  );
}

const NEW_ADDRESS = { label: '', street: '', complement: '', postcode: '', city: '', instructions: '' };

function Addresses() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const addresses = useQuery({ queryKey: ['addresses'], queryFn: () => api<Address[]>('/api/customers/me/addresses') });
  const [draft, setDraft] = useState(NEW_ADDRESS);
  const refresh = () => void client.invalidateQueries({ queryKey: ['addresses'] });
  const add = useMutation({
    mutationFn: () => api<Address>('/api/customers/me/addresses', { method: 'POST', json: draft }),
    onSuccess: () => {
      setDraft(NEW_ADDRESS);
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/customers/me/addresses/${id}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  const makeDefault = useMutation({
    mutationFn: (id: string) => api<Address[]>(`/api/customers/me/addresses/${id}/default`, { method: 'POST' }),
    onSuccess: (list) => client.setQueryData(['addresses'], list),
  });
  const errors = useProblemFieldErrors(add.error);
  const set = (name: keyof typeof NEW_ADDRESS) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setDraft((current) => ({ ...current, [name]: event.target.value }));
  return (
    <section className="card" aria-labelledby="addresses-title">
      <h2 id="addresses-title">{t('account.addresses')}</h2>
      {addresses.isError && <ErrorState error={addresses.error} onRetry={refresh} />}
      <ul className="orders-list">
        {addresses.data?.map((address) => (
          <li key={address.id}>
            <span>
              <strong>{address.label}</strong> {address.isDefault && <span className="badge">{t('account.default')}</span>}
              <br />
              {address.street}, {address.postcode} {address.city}
            </span>
            <span className="actions">
              {!address.isDefault && (
                <button type="button" className="button link" onClick={() => makeDefault.mutate(address.id)}>
                  {t('account.makeDefault')}
                </button>
              )}
              <button type="button" className="button link" onClick={() => remove.mutate(address.id)}>
                {t('account.remove', { label: address.label })}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate();
        }}
      >
        <h3>{t('account.newAddress')}</h3>
        <Field label={t('field.label')} placeholder={t('account.labelExample')} required value={draft.label} onChange={set('label')} error={errors.label} />
        <Field label={t('field.street')} required value={draft.street} onChange={set('street')} error={errors.street} />
        <Field label={t('field.complement')} value={draft.complement} onChange={set('complement')} error={errors.complement} />
        <Field label={t('field.postcode')} required inputMode="numeric" maxLength={5} pattern="\d{5}" value={draft.postcode} onChange={set('postcode')} error={errors.postcode} />
        <Field label={t('field.city')} required value={draft.city} onChange={set('city')} error={errors.city} />
        <Field label={t('field.instructions')} value={draft.instructions} onChange={set('instructions')} error={errors.instructions} />
        <SubmitRow mutation={add} className="button secondary">
          {t('account.addAddress')}
        </SubmitRow>
      </form>
    </section>
  );
}

function Privacy() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const [exportError, setExportError] = useState<unknown>(null);
  const erase = useMutation({ mutationFn: () => api('/api/customers/me', { method: 'DELETE' }) });
  useEffect(() => {
    if (erase.isSuccess) logout();
  }, [erase.isSuccess, logout]);
  return (
    <section className="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('account.privacy')}</h2>
      <div className="actions">
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setExportError(null);
            download('/api/customers/me/export', 'mes-donnees-ocpizza.json').catch(setExportError);
          }}
        >
          {t('account.export')}
        </button>
        <button
          type="button"
          className="button danger"
          disabled={erase.isPending}
          onClick={() => {
            if (window.confirm(t('account.confirmErase'))) erase.mutate();
          }}
        >
          {t('account.erase')}
        </button>
      </div>
      {exportError !== null && <ProblemMessage error={exportError} />}
      {erase.isError && <ProblemMessage error={erase.error} />}
    </section>
  );
}
