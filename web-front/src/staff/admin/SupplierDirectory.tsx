import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { Field, QueryFallback, SubmitRow, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import type { Supplier } from '../types';
import { useRevealed } from './reveal';
import { EditableList } from './EditableList';
import { useListRefresh } from './useListEditor';

/** The suppliers managers order from: the head office adds them and keeps their contacts. */
export function SupplierDirectory() {
  const { t } = useTranslation('staff');
  const suppliers = useQuery({ queryKey: ['staff', 'suppliers'], queryFn: staffApi.suppliers });
  if (!suppliers.isSuccess) return <QueryFallback query={suppliers} />;
  return (
    <EditableList
      items={suppliers.data}
      newLabel={t('admin.newSupplier')}
      emptyMessage={t('admin.noSupplier')}
      headers={[t('suppliers.supplier'), t('admin.email'), t('admin.phone')]}
      cells={(s) => [
        <a href={`mailto:${s.email}`}>{s.email}</a>,
        <a href={`tel:${s.phone.replace(/[\s.]/g, '')}`}>{s.phone}</a>,
      ]}
      editor={(supplier, onAdded) => <SupplierForm supplier={supplier ?? undefined} onAdded={onAdded} />}
    />
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
