import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { Empty, ErrorState, Field, Loading, ProblemMessage, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import type { OpeningRange, Pizzeria } from '../types';
import { DAYS, hhmm, hoursErrors, isSiret, parsePostcodes } from './hours';
import { useRevealed } from './reveal';
import { useListEditor, useListRefresh } from './useListEditor';

/** A new pizzeria starts with the chain's usual evening service, every day. */
const USUAL_WEEK: OpeningRange[] = DAYS.map((day) => ({ day, opens: '18:00', closes: '22:30' }));

/** The chain's pizzerias: each one's identity, hours and delivery area, and new ones registered. */
export function PizzeriasPanel() {
  const { t } = useTranslation('staff');
  const pizzerias = useQuery({ queryKey: ['staff', 'pizzerias'], queryFn: staffApi.pizzerias });
  const { editing, added: registered, choose, wasAdded } = useListEditor();
  if (pizzerias.isPending) return <Loading />;
  if (pizzerias.isError) return <ErrorState error={pizzerias.error} onRetry={() => void pizzerias.refetch()} />;
  const current = pizzerias.data.find((p) => p.id === editing);
  return (
    <div className="pizzerias-admin">
      <div>
        <button type="button" className="button secondary" aria-pressed={editing === 'new'} onClick={() => choose('new')}>
          {t('admin.newPizzeria')}
        </button>
        {pizzerias.data.length === 0 && <Empty message={t('admin.noPizzeria')} />}
        <ul className="pizzeria-list">
          {pizzerias.data.map((p) => (
            <li key={p.id}>
              <button type="button" className={`board-card${editing === p.id ? ' selected' : ''}`} aria-pressed={editing === p.id} onClick={() => choose(p.id)}>
                <span className="order-number">{p.name}</span>
                <span className="meta">
                  {p.address.postcode} {p.address.city} · {t(`admin.status.${p.status}`)} · {p.openNow ? t('admin.openNow') : t('admin.closedNow')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {editing === 'new' && <PizzeriaForm key="new" onRegistered={wasAdded} />}
      {registered && current && (
        <p role="status" className="notice">
          {t('admin.registered', { name: registered })}
        </p>
      )}
      {current && <PizzeriaForm key={current.id} pizzeria={current} />}
    </div>
  );
}

/** Registers a pizzeria (without one) or changes it: identity, address, hours and delivery area. */
function PizzeriaForm({ pizzeria, onRegistered }: { pizzeria?: Pizzeria; onRegistered?: (p: Pizzeria) => void }) {
  const { t } = useTranslation('staff');
  const revealed = useRevealed<HTMLFormElement>();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    name: pizzeria?.name ?? '',
    street: pizzeria?.address.street ?? '',
    postcode: pizzeria?.address.postcode ?? '',
    city: pizzeria?.address.city ?? 'Paris',
    phone: pizzeria?.phone ?? '',
    siret: pizzeria?.siret ?? '',
  });
  const [hours, setHours] = useState<OpeningRange[]>(
    pizzeria ? pizzeria.openingHours.map((r) => ({ ...r, opens: hhmm(r.opens), closes: hhmm(r.closes) })) : USUAL_WEEK,
  );
  const [postcodes, setPostcodes] = useState(pizzeria?.deliveryArea.postcodes.join(', ') ?? '');
  const [fee, setFee] = useState(pizzeria ? String(pizzeria.deliveryArea.fee).replace('.', ',') : '2,50');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const refreshList = useListRefresh<Pizzeria>(['staff', 'pizzerias']);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['staff', 'pizzerias'] });
  const save = useMutation({
    mutationFn: (body: unknown) =>
      pizzeria
        ? api<Pizzeria>(`/api/pizzerias/${pizzeria.id}`, { method: 'PUT', json: body })
        : api<Pizzeria>('/api/pizzerias', { method: 'POST', json: body }),
    onSuccess: (saved) => {
      refreshList(saved, !pizzeria);
      onRegistered?.(saved);
    },
  });
  const toggle = useMutation({
    mutationFn: (action: 'open' | 'close') => api<Pizzeria>(`/api/pizzerias/${pizzeria?.id}/${action}`, { method: 'POST' }),
    onSuccess: refresh,
  });
  const serverErrors = useProblemFieldErrors(save.error);
  const hourProblems = hoursErrors(hours);
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const field of ['name', 'street', 'city', 'phone'] as const) {
      if (!form[field].trim()) found[field] = t('counter.required');
    }
    if (!/^\d{5}$/.test(form.postcode.trim())) found.postcode = t('admin.invalidPostcode');
    if (!isSiret(form.siret.replace(/\s/g, ''))) found.siret = t('admin.invalidSiret');
    const area = parsePostcodes(postcodes);
    if (area.invalid.length > 0) found.postcodes = t('admin.invalidPostcodes', { list: area.invalid.join(', ') });
    const feeValue = Number(fee.replace(',', '.'));
    if (!/^\d{1,2}([.,]\d{1,2})?$/.test(fee.trim()) || feeValue > 50) found.fee = t('admin.invalidFee');
    setErrors(found);
    if (Object.keys(found).length > 0 || Object.keys(hourProblems).length > 0) return;
    save.mutate({
      name: form.name.trim(),
      address: { street: form.street.trim(), postcode: form.postcode.trim(), city: form.city.trim() },
      phone: form.phone.trim(),
      siret: form.siret.replace(/\s/g, ''),
      openingHours: hours,
      deliveryArea: { postcodes: area.postcodes, fee: feeValue },
    });
  };
  const error = (field: string) =>
    errors[field] ?? serverErrors[field] ?? serverErrors[`address.${field}`] ?? serverErrors[`deliveryArea.${field}`];
  const title = pizzeria ? pizzeria.name : t('admin.newPizzeria');
  return (
    <form ref={revealed} className="pizzeria-form" onSubmit={submit} noValidate aria-labelledby="pizzeria-form-title">
      <h2 id="pizzeria-form-title">{title}</h2>
      <Field label={t('admin.name')} value={form.name} error={error('name')} onChange={set('name')} />
      <fieldset>
        <legend>{t('admin.address')}</legend>
        <Field label={t('admin.street')} value={form.street} error={error('street')} autoComplete="street-address" onChange={set('street')} />
        <Field label={t('admin.postcode')} value={form.postcode} error={error('postcode')} inputMode="numeric" maxLength={5} onChange={set('postcode')} />
        <Field label={t('admin.city')} value={form.city} error={error('city')} onChange={set('city')} />
      </fieldset>
      <Field label={t('admin.phone')} type="tel" value={form.phone} error={error('phone')} onChange={set('phone')} />
      <Field label={t('admin.siret')} value={form.siret} error={error('siret')} inputMode="numeric" onChange={set('siret')} />
      <fieldset>
        <legend>{t('admin.hours.title')}</legend>
        {hours.map((range, i) => (
          <div key={i} className="hours-row">
            <label>
              <span className="visually-hidden">{t('admin.hours.day')}</span>
              <select value={range.day} onChange={(e) => setHours(hours.map((r, j) => (j === i ? { ...r, day: e.target.value as OpeningRange['day'] } : r)))}>
                {DAYS.map((d) => (
                  <option key={d} value={d}>
                    {t(`dayName.${d}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('admin.hours.opens')}
              <input type="time" value={range.opens} onChange={(e) => setHours(hours.map((r, j) => (j === i ? { ...r, opens: e.target.value } : r)))} />
            </label>
            <label>
              {t('admin.hours.closes')}
              <input type="time" value={range.closes} onChange={(e) => setHours(hours.map((r, j) => (j === i ? { ...r, closes: e.target.value } : r)))} />
            </label>
            <button type="button" className="button link" onClick={() => setHours(hours.filter((_, j) => j !== i))}>
              {t('admin.hours.remove')}
            </button>
            {hourProblems[i] && <span className="field-error">{t(hourProblems[i])}</span>}
          </div>
        ))}
        <button type="button" className="button secondary" onClick={() => setHours([...hours, { day: 'MONDAY', opens: '11:30', closes: '14:30' }])}>
          {t('admin.hours.add')}
        </button>
        {serverErrors.openingHours && <span className="field-error">{serverErrors.openingHours}</span>}
      </fieldset>
      <fieldset>
        <legend>{t('admin.deliveryArea')}</legend>
        <label>
          {t('admin.postcodes')}
          <textarea value={postcodes} rows={2} aria-invalid={error('postcodes') ? true : undefined} onChange={(e) => setPostcodes(e.target.value)} />
          {error('postcodes') && <span className="field-error">{error('postcodes')}</span>}
        </label>
        <Field label={t('admin.fee')} inputMode="decimal" value={fee} error={error('fee')} onChange={(e) => setFee(e.target.value)} />
      </fieldset>
      {(save.error || toggle.error) && <ProblemMessage error={save.error ?? toggle.error} />}
      {save.isSuccess && <p role="status">{t('admin.saved')}</p>}
      <div className="detail-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {pizzeria ? t('admin.save') : t('admin.register')}
        </button>
        {pizzeria &&
          (pizzeria.status === 'OPEN' ? (
            <button type="button" className="button danger" onClick={() => toggle.mutate('close')}>
              {t('admin.close')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => toggle.mutate('open')}>
              {t('admin.open')}
            </button>
          ))}
      </div>
    </form>
  );
}
