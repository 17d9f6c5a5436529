import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http';
import { Empty, ErrorState, Loading, Money } from '../ui';
import type { Pizzeria } from '../api/types';

/** Pick a pizzeria from the list, or find those delivering to a postcode. */
export function PizzeriaChooser() {
  const { t } = useTranslation();
  const [postcode, setPostcode] = useState('');
  const pizzerias = useQuery({ queryKey: ['pizzerias'], queryFn: () => api<Pizzeria[]>('/api/pizzerias') });
  const wanted = /^\d{5}$/.test(postcode.trim()) ? postcode.trim() : null;
  const shown = (pizzerias.data ?? [])
    .filter((p) => p.status === 'OPEN' || p.openNow)
    .filter((p) => !wanted || p.deliveryArea.postcodes.includes(wanted));
  return (
    <section className="page">
      <h1>{t('choose.title')}</h1>
      <form className="postcode-search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="postcode">{t('choose.postcode')}</label>
        <input
          id="postcode"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          placeholder="75011"
          value={postcode}
          onChange={(event) => setPostcode(event.target.value.replace(/\D/g, ''))}
        />
      </form>
      {pizzerias.isPending && <Loading />}
      {pizzerias.isError && <ErrorState error={pizzerias.error} onRetry={() => void pizzerias.refetch()} />}
      {pizzerias.isSuccess && shown.length === 0 && (
        <Empty message={wanted ? t('choose.noneDelivers', { postcode: wanted }) : t('choose.none')} />
      )}
      <ul className="cards pizzerias">
        {shown.map((pizzeria) => (
          <li key={pizzeria.id} className="card">
            <h2>
              <Link to={`/pizzerias/${pizzeria.id}`}>{pizzeria.name}</Link>
            </h2>
            <p>
              {pizzeria.address.street}, {pizzeria.address.postcode} {pizzeria.address.city}
            </p>
            <p className={pizzeria.openNow ? 'open' : 'closed'}>{pizzeria.openNow ? t('choose.openNow') : t('choose.closedNow')}</p>
            <p className="muted">
              {t('choose.delivers', { postcodes: pizzeria.deliveryArea.postcodes.join(', ') })} ·{' '}
              {t('choose.fee')} <Money value={pizzeria.deliveryArea.fee} /> {t('common.exclVat')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
