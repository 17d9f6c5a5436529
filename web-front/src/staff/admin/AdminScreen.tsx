import { useState, type FormEvent } from 'react';
import { NavLink } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import '../staff.css';
import { api } from '../../api/http';
import { Empty, ErrorState, Loading, ProblemMessage, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import type { OpeningRange, Pizzeria } from '../types';
import { CataloguePanel } from './CataloguePanel';
import { DAYS, hhmm, hoursErrors, parsePostcodes } from './hours';

/** The head office: pizzerias (hours, delivery areas) and the catalogue (prices, recipes). */
export function AdminScreen({ tab }: { tab: 'pizzerias' | 'catalogue' }) {
  const { t } = useTranslation('staff');
  return (
    <section className="staff-screen admin" aria-labelledby="admin-title">
      <header className="staff-screen-header">
        <h1 id="admin-title">{t('admin.title')}</h1>
        <nav className="staff-tabs" aria-label={t('admin.sections')}>
          <NavLink to="/staff/admin" end>
            {t('admin.tab.pizzerias')}
          </NavLink>
          <NavLink to="/staff/admin/catalogue">{t('admin.tab.catalogue')}</NavLink>
        </nav>
      </header>
      {tab === 'pizzerias' ? <PizzeriasPanel /> : <CataloguePanel />}
    </section>
  );
}

function PizzeriasPanel() {
  const { t } = useTranslation('staff');
  const pizzerias = useQuery({ queryKey: ['staff', 'pizzerias'], queryFn: staffApi.pizzerias });
  const [editing, setEditing] = useState<number | null>(null);
  if (pizzerias.isPending) return <Loading />;
  if (pizzerias.isError) return <ErrorState error={pizzerias.error} onRetry={() => void pizzerias.refetch()} />;
  if (pizzerias.data.length === 0) return <Empty message={t('admin.noPizzeria')} />;
  const current = pizzerias.data.find((p) => p.id === editing);
  return (
    <div className="pizzerias-admin">
      <ul className="pizzeria-list">
        {pizzerias.data.map((p) => (
          <li key={p.id}>
            <button type="button" className={`board-card${editing === p.id ? ' selected' : ''}`} aria-pressed={editing === p.id} onClick={() => setEditing(p.id)}>
              <span className="order-number">{p.name}</span>
              <span className="meta">
                {p.address.postcode} {p.address.city} · {t(`admin.status.${p.status}`)} · {p.openNow ? t('admin.openNow') : t('admin.closedNow')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {current && <PizzeriaForm key={current.id} pizzeria={current} />}
    </div>
  );
}

function PizzeriaForm({ pizzeria }: { pizzeria: Pizzeria }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const [name, setName] = useState(pizzeria.name);
  const [phone, setPhone] = useState(pizzeria.phone);
  const [hours, setHours] = useState<OpeningRange[]>(
    pizzeria.openingHours.map((r) => ({ ...r, opens: hhmm(r.opens), closes: hhmm(r.closes) })),
  );
  const [postcodes, setPostcodes] = useState(pizzeria.deliveryArea.postcodes.join(', '));
  const [fee, setFee] = useState(String(pizzeria.deliveryArea.fee));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['staff', 'pizzerias'] });
  const save = useMutation({
    mutationFn: (body: unknown) => api<Pizzeria>(`/api/pizzerias/${pizzeria.id}`, { method: 'PUT', json: body }),
    onSuccess: refresh,
  });
  const toggle = useMutation({
    mutationFn: (action: 'open' | 'close') => api<Pizzeria>(`/api/pizzerias/${pizzeria.id}/${action}`, { method: 'POST' }),
    onSuccess: refresh,
  });
  const serverErrors = useProblemFieldErrors(save.error);
  const hourProblems = hoursErrors(hours);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const area = parsePostcodes(postcodes);
    if (!name.trim()) found.name = t('counter.required');
    if (area.invalid.length > 0) found.postcodes = t('admin.invalidPostcodes', { list: area.invalid.join(', ') });
    const feeValue = Number(fee.replace(',', '.'));
    if (!/^\d{1,2}([.,]\d{1,2})?$/.test(fee.trim()) || feeValue > 50) found.fee = t('admin.invalidFee');
    setErrors(found);
    if (Object.keys(found).length > 0 || Object.keys(hourProblems).length > 0) return;
    save.mutate({
      name: name.trim(),
      address: pizzeria.address,
      phone: phone.trim(),
      siret: pizzeria.siret,
      openingHours: hours,
      deliveryArea: { postcodes: area.postcodes, fee: feeValue },
    });
  };
  const error = (field: string) => errors[field] ?? serverErrors[field] ?? serverErrors[`deliveryArea.${field}`];
  return (
    <form className="pizzeria-form" onSubmit={submit} noValidate aria-labelledby="pizzeria-form-title">
      <h2 id="pizzeria-form-title">{pizzeria.name}</h2>
      <label>
        {t('admin.name')}
        <input value={name} aria-invalid={error('name') ? true : undefined} onChange={(e) => setName(e.target.value)} />
        {error('name') && <span className="field-error">{error('name')}</span>}
      </label>
      <label>
        {t('admin.phone')}
        <input type="tel" value={phone} aria-invalid={error('phone') ? true : undefined} onChange={(e) => setPhone(e.target.value)} />
        {error('phone') && <span className="field-error">{error('phone')}</span>}
      </label>
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
        <button type="button" className="button secondary" onClick={() => setHours([...hours, { day: 'MONDAY', opens: '18:00', closes: '22:30' }])}>
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
        <label>
          {t('admin.fee')}
          <input inputMode="decimal" value={fee} aria-invalid={error('fee') ? true : undefined} onChange={(e) => setFee(e.target.value)} />
          {error('fee') && <span className="field-error">{error('fee')}</span>}
        </label>
      </fieldset>
      {(save.error || toggle.error) && <ProblemMessage error={save.error ?? toggle.error} />}
      {save.isSuccess && <p role="status">{t('admin.saved')}</p>}
      <div className="detail-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {t('admin.save')}
        </button>
        {pizzeria.status === 'OPEN' ? (
          <button type="button" className="button danger" onClick={() => toggle.mutate('close')}>
            {t('admin.close')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => toggle.mutate('open')}>
            {t('admin.open')}
          </button>
        )}
      </div>
    </form>
  );
}
