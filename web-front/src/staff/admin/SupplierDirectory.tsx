import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { Empty, Field, QueryFallback, SubmitRow, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import type { Supplier } from '../types';
import { useRevealed } from './reveal';
import { useListEditor, useListRefresh } from './useListEditor';

/** The suppliers managers order from: the head office adds them and keeps their contacts. */
export function SupplierDirectory() {
  const { t } = useTranslation('staff');
  const suppliers = useQuery({ queryKey: ['staff', 'suppliers'], queryFn: staffApi.suppliers });
  const { editing, added, choose, wasAdded } = useListEditor();
  if (!suppliers.isSuccess) return <QueryFallback query={suppliers} />;
  const current = suppliers.data.find((s) => s.id === editing);
  return (
    <div className="catalogue-admin">
      <button type="button" className="button secondary" aria-pressed={editing === 'new'} onClick={() => choose('new')}>
        {t('admin.newSupplier')}
      </button>
      {suppliers.data.length === 0 ? (
        <Empty message={t('admin.noSupplier')} />
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('suppliers.supplier')}</th>
              <th scope="col">{t('admin.email')}</th>
              <th scope="col">{t('admin.phone')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('team.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {suppliers.data.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td>
                  <a href={`mailto:${s.email}`}>{s.email}</a>
                </td>
                <td>
                  <a href={`tel:${s.phone.replace(/[\s.]/g, '')}`}>{s.phone}</a>
                </td>
                <td>
                  <button type="button" className="button link" onClick={() => choose(s.id)}>
                    {t('admin.edit', { name: s.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {added && (
        <p role="status" className="notice">
          {t('admin.added', { name: added })}
        </p>
      )}
      {editing === 'new' && <SupplierForm key="new" onAdded={wasAdded} />}
      {current && <SupplierForm key={current.id} supplier={current} />}
    </div>
  );
}

function SupplierForm({ supplier, onAdded }: { supplier?: Supplier; onAdded?: (saved: Supplier) => void }) {
  const { t } = useTranslation('staff');
  const revealed = useRevealed<HTMLFormElement>();
  const refresh = useListRefresh<Supplier>(['staff', 'suppliers']);
  const [form, setForm] = useState({ name: supplier?.name ?? '', email: supplier?.email ?? '', phone: supplier?.phone ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (body: unknown) =>
      supplier
        ? api<Supplier>(`/api/suppliers/${supplier.id}`, { method: 'PUT', json: body })
        : api<Supplier>('/api/suppliers', { method: 'POST', json: body }),
    onSuccess: (saved) => {
      refresh(saved, !supplier);
      onAdded?.(saved);
    },
  });
  const serverErrors = useProblemFieldErrors(save.error);
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!form.name.trim()) found.name = t('counter.required');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) found.email = t('admin.invalidEmail');
    if (!/^\+?[0-9 .]{8,20}$/.test(form.phone.trim())) found.phone = t('admin.invalidPhone');
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate({ name: form.name.trim(), email: form.email.trim(), phone: form.phone.trim() });
  };
  const error = (field: string) => errors[field] ?? serverErrors[field];
  return (
    <form ref={revealed} className="product-editor" onSubmit={submit} noValidate aria-labelledby="supplier-form-title">
      <h2 id="supplier-form-title">{supplier ? supplier.name : t('admin.newSupplier')}</h2>
      <Field label={t('admin.name')} value={form.name} error={error('name')} onChange={set('name')} />
      <Field label={t('admin.email')} type="email" value={form.email} error={error('email')} onChange={set('email')} />
      <Field label={t('admin.phone')} type="tel" value={form.phone} error={error('phone')} onChange={set('phone')} />
      <SubmitRow mutation={save} done={supplier ? t('admin.saved') : undefined}>
        {supplier ? t('admin.save') : t('admin.addSupplier')}
      </SubmitRow>
    </form>
  );
}
