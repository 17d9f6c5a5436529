import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey } from '../api/http';
import { Empty, Field, Loading, ProblemMessage, useProblemFieldErrors } from '../ui';
import { useBasket } from './basket';
import { BasketTable } from './BasketTable';
import type { Order, Pizzeria } from '../api/types';

export type Address = {
  id: string;
  label: string;
  street: string;
  complement?: string | null;
  postcode: string;
  city: string;
  instructions?: string | null;
  isDefault: boolean;
};

type NewAddress = { street: string; complement: string; postcode: string; city: string; instructions: string };
const NO_ADDRESS: NewAddress = { street: '', complement: '', postcode: '', city: '', instructions: '' };
const LATER_METHODS = ['CASH', 'CARD', 'CHEQUE', 'MEAL_VOUCHER'];

/** Delivery or takeaway, where, how to pay, then « Commander ». */
export function CheckoutPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { basket, clear } = useBasket();
  const [fulfilment, setFulfilment] = useState<'DELIVERY' | 'TAKEAWAY'>('DELIVERY');
  const [addressChoice, setAddressChoice] = useState<string>('');
  const [address, setAddress] = useState<NewAddress>(NO_ADDRESS);
  const [payment, setPayment] = useState<'ONLINE_CARD' | 'LATER'>('ONLINE_CARD');
  const [laterMethod, setLaterMethod] = useState('CASH');
  const [checked, setChecked] = useState(false);
  // One key per basket and choices: a retried click never places the order twice.
  const key = useMemo(newIdempotencyKey, [basket, fulfilment, addressChoice, address, payment, laterMethod]);

  const pizzeria = useQuery({
    queryKey: ['pizzeria', basket.pizzeriaId],
    queryFn: () => api<Pizzeria>(`/api/pizzerias/${basket.pizzeriaId}`),
    enabled: basket.pizzeriaId !== null,
  });
  const addresses = useQuery({ queryKey: ['addresses'], queryFn: () => api<Address[]>('/api/customers/me/addresses') });
  const saved = addresses.data ?? [];
  const chosen = addressChoice || saved.find((a) => a.isDefault)?.id || saved[0]?.id || 'new';
  const place = useMutation({
    mutationFn: () =>
      api<Order>('/api/orders', {
        method: 'POST',
        idempotencyKey: key,
        json: {
          pizzeriaId: basket.pizzeriaId,
          channel: 'WEB',
          fulfilment,
          paymentMethod: payment === 'ONLINE_CARD' ? 'ONLINE_CARD' : laterMethod,
          lines: basket.lines.map((line) => ({ productId: line.productId, size: line.size, count: line.count })),
          addressId: fulfilment === 'DELIVERY' && chosen !== 'new' ? chosen : undefined,
          address:
            fulfilment === 'DELIVERY' && chosen === 'new'
              ? { ...address, complement: address.complement || undefined, instructions: address.instructions || undefined }
              : undefined,
        },
      }),
    onSuccess: (order) => {
      clear();
      navigate(`/orders/${order.id}?placed=1`);
    },
  });
  const serverErrors = useProblemFieldErrors(place.error);

  if (basket.lines.length === 0) {
    return (
      <section className="page">
        <h1>{t('checkout.title')}</h1>
        <Empty message={t('basket.empty')}>
          <Link to="/">{t('basket.choose')}</Link>
        </Empty>
      </section>
    );
  }
  if (pizzeria.isPending || addresses.isPending) return <Loading />;

  const area = pizzeria.data?.deliveryArea;
  const deliveryPostcode = chosen === 'new' ? address.postcode : saved.find((a) => a.id === chosen)?.postcode;
  const errors: Record<string, string> = {};
  if (fulfilment === 'DELIVERY') {
    if (chosen === 'new') {
      if (!address.street.trim()) errors.street = t('checkout.required');
      if (!/^\d{5}$/.test(address.postcode)) errors.postcode = t('checkout.postcodeFormat');
      if (!address.city.trim()) errors.city = t('checkout.required');
    }
    if (area && deliveryPostcode && /^\d{5}$/.test(deliveryPostcode) && !area.postcodes.includes(deliveryPostcode)) {
      errors.postcode = t('checkout.outsideArea', { postcodes: area.postcodes.join(', ') });
    }
  }
  const fieldError = (name: string) => (checked ? errors[name] : undefined) ?? serverErrors[`address.${name}`];
  const setField = (name: keyof NewAddress) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setAddress((current) => ({ ...current, [name]: event.target.value }));

  return (
    <section className="page">
      <h1>{t('checkout.title')}</h1>
      <p>{pizzeria.data?.name}</p>
      <BasketTable lines={basket.lines} deliveryFeeExclVat={fulfilment === 'DELIVERY' ? area?.fee ?? 0 : 0} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (Object.keys(errors).length === 0) place.mutate();
        }}
      >
        <fieldset>
          <legend>{t('checkout.how')}</legend>
          <label className="choice">
            <input type="radio" name="fulfilment" checked={fulfilment === 'DELIVERY'} onChange={() => setFulfilment('DELIVERY')} />
            {t('checkout.delivery')}
          </label>
          <label className="choice">
            <input type="radio" name="fulfilment" checked={fulfilment === 'TAKEAWAY'} onChange={() => setFulfilment('TAKEAWAY')} />
            {t('checkout.takeaway', { address: pizzeria.data ? `${pizzeria.data.address.street}, ${pizzeria.data.address.city}` : '' })}
          </label>
        </fieldset>
        {fulfilment === 'DELIVERY' && (
          <fieldset>
            <legend>{t('checkout.where')}</legend>
            {saved.map((a) => (
              <label key={a.id} className="choice">
                <input type="radio" name="address" checked={chosen === a.id} onChange={() => setAddressChoice(a.id)} />
                <span>
                  <strong>{a.label}</strong> — {a.street}, {a.postcode} {a.city}
                </span>
              </label>
            ))}
            {saved.length > 0 && (
              <label className="choice">
                <input type="radio" name="address" checked={chosen === 'new'} onChange={() => setAddressChoice('new')} />
                {t('checkout.newAddress')}
              </label>
            )}
            {chosen === 'new' && (
              <div className="new-address">
                <Field label={t('field.street')} autoComplete="street-address" value={address.street} onChange={setField('street')} error={fieldError('street')} required />
                <Field label={t('field.complement')} value={address.complement} onChange={setField('complement')} />
                <Field label={t('field.postcode')} autoComplete="postal-code" inputMode="numeric" maxLength={5} value={address.postcode} onChange={setField('postcode')} error={fieldError('postcode')} required />
                <Field label={t('field.city')} autoComplete="address-level2" value={address.city} onChange={setField('city')} error={fieldError('city')} required />
                <Field label={t('field.instructions')} value={address.instructions} onChange={setField('instructions')} />
              </div>
            )}
            {chosen !== 'new' && fieldError('postcode') && <p className="field-error">{fieldError('postcode')}</p>}
          </fieldset>
        )}
        <fieldset>
          <legend>{t('checkout.payment')}</legend>
          <label className="choice">
            <input type="radio" name="payment" checked={payment === 'ONLINE_CARD'} onChange={() => setPayment('ONLINE_CARD')} />
            {t('checkout.payOnline')}
          </label>
          <label className="choice">
            <input type="radio" name="payment" checked={payment === 'LATER'} onChange={() => setPayment('LATER')} />
            {t(fulfilment === 'DELIVERY' ? 'payment.laterDelivery' : 'payment.laterPickup')}
          </label>
          {payment === 'LATER' && (
            <div className="field">
              <label htmlFor="later">{t('checkout.method')}</label>
              <select id="later" value={laterMethod} onChange={(event) => setLaterMethod(event.target.value)}>
                {LATER_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`payment.${m}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>
        {place.isError && <ProblemMessage error={place.error} />}
        {pizzeria.data && !pizzeria.data.openNow && <p className="notice">{t('menu.closedNow')}</p>}
        <div className="actions">
          <Link className="button link" to="/basket">
            {t('common.back')}
          </Link>
          <button type="submit" className="button primary" disabled={place.isPending}>
            {t('checkout.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
