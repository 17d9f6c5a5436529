import { useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey } from '../../api/http';
import { Empty, ErrorState, Loading, Money, ProblemMessage, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import { looksLikePhone } from '../common/links';
import { ordersKey } from '../common/live';
import { IN_PERSON_METHODS } from '../common/PaymentForm';
import type { Address, Customer, Fulfilment, Menu, Order, PaymentMethod, Size } from '../types';
import {
  addItem,
  addressRequest,
  draftErrors,
  orderRequest,
  priced,
  setCount,
  type NewAddress,
  type PhoneLine,
  type PhoneOrderDraft,
  type PricedLine,
} from './basket';

const NO_ADDRESS: NewAddress = { street: '', complement: '', postcode: '', city: '', instructions: '' };

/**
 * A phone order, typed as the customer speaks: their number first (found, or created on the spot),
 * then the items, delivery or takeaway, and how they will pay.
 */
export function PhoneOrderForm({ pizzeriaId, onPlaced }: { pizzeriaId: number; onPlaced: (order: Order) => void }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const phoneInput = useRef<HTMLInputElement>(null);
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [lines, setLines] = useState<PhoneLine[]>([]);
  const [fulfilment, setFulfilment] = useState<Fulfilment>('DELIVERY');
  const [paymentMethod, setPaymentMethod] = useState<PaymentMethod>('CASH');
  const [addressId, setAddressId] = useState<string | null>(null);
  const [newAddress, setNewAddress] = useState<NewAddress>(NO_ADDRESS);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [key, setKey] = useState(newIdempotencyKey);
  const [customerRound, setCustomerRound] = useState(0);
  const [saveAddress, setSaveAddress] = useState(false);
  const [addressLabel, setAddressLabel] = useState('');

  const menu = useQuery({ queryKey: ['staff', 'menu', pizzeriaId], queryFn: () => staffApi.menu(pizzeriaId) });
  const pizzeria = useQuery({ queryKey: ['staff', 'pizzeria', pizzeriaId], queryFn: () => staffApi.pizzeria(pizzeriaId) });

  const chooseCustomer = (found: Customer | null) => {
    setCustomer(found);
    const preferred = found?.addresses.find((a) => a.isDefault) ?? found?.addresses[0];
    setAddressId(preferred?.id ?? null);
    setNewAddress(NO_ADDRESS);
    setSaveAddress(false);
    setAddressLabel('');
  };

  // A new address to keep is saved on the customer first, then the order is placed for it; saved
  // once, it stays chosen, so sending again does not save it twice.
  const saveThenPlace = async (draft: PhoneOrderDraft) => {
    if (!(saveAddress && customer && draft.newAddress)) return staffApi.placePhoneOrder(orderRequest(draft), key);
    const saved = await api<Address>(`/api/customers/${customer.id}/addresses`, {
      method: 'POST',
      json: addressRequest(draft.newAddress, addressLabel || t('counter.addressLabelDefault')),
    });
    setCustomer({ ...customer, addresses: [...customer.addresses, saved] });
    setAddressId(saved.id);
    setSaveAddress(false);
    return staffApi.placePhoneOrder(orderRequest({ ...draft, addressId: saved.id, newAddress: null }), key);
  };

  const place = useMutation({
    mutationFn: saveThenPlace,
    onSuccess: (order) => {
      void queryClient.invalidateQueries({ queryKey: ordersKey(pizzeriaId) });
      void queryClient.invalidateQueries({ queryKey: ['staff', 'menu', pizzeriaId] });
      setLines([]);
      chooseCustomer(null);
      setKey(newIdempotencyKey());
      setCustomerRound((n) => n + 1);
      onPlaced(order);
      phoneInput.current?.focus();
    },
  });
  const serverErrors = useProblemFieldErrors(place.error);

  const total = priced(lines, menu.data, fulfilment, Number(pizzeria.data?.deliveryArea.fee ?? 0));
  const draft = {
    pizzeriaId,
    customerId: customer?.id ?? null,
    fulfilment,
    paymentMethod,
    addressId: fulfilment === 'DELIVERY' ? addressId : null,
    newAddress: fulfilment === 'DELIVERY' && !addressId ? newAddress : null,
    lines,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = draftErrors(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) place.mutate(draft);
  };
  const fieldError = (name: string) => (errors[name] ? t(errors[name]) : serverErrors[name]);

  return (
    <div className="phone-order">
      <h2>{t('counter.newOrder')}</h2>
      <CustomerFinder
        key={customerRound}
        inputRef={phoneInput}
        customer={customer}
        onCustomer={chooseCustomer}
        error={errors.customer ? t(errors.customer) : undefined}
      />
      <form onSubmit={submit} noValidate aria-label={t('counter.newOrder')}>
        <MenuPicker menu={menu} onAdd={(productId, size) => setLines((l) => addItem(l, productId, size))} />
        <BasketLines lines={total.lines} error={errors.lines ? t(errors.lines) : undefined} onChange={setLines} />

        <fieldset className="fulfilment">
          <legend>{t('counter.fulfilment')}</legend>
          {(['DELIVERY', 'TAKEAWAY'] as Fulfilment[]).map((f) => (
            <label key={f} className="choice">
              <input type="radio" name="fulfilment" checked={fulfilment === f} onChange={() => setFulfilment(f)} />
              {t(`fulfilment.${f}`)}
            </label>
          ))}
        </fieldset>

        {fulfilment === 'DELIVERY' && (
          <fieldset className="delivery-address">
            <legend>{t('counter.address')}</legend>
            {customer?.addresses.map((a) => (
              <label key={a.id} className="choice">
                <input type="radio" name="address" checked={addressId === a.id} onChange={() => setAddressId(a.id)} />
                {a.label} — {a.street}, {a.postcode} {a.city}
              </label>
            ))}
            {customer && customer.addresses.length > 0 && (
              <label className="choice">
                <input type="radio" name="address" checked={addressId == null} onChange={() => setAddressId(null)} />
                {t('counter.otherAddress')}
              </label>
            )}
            {addressId == null && (
              <div className="address-fields">
                {(['street', 'complement', 'postcode', 'city', 'instructions'] as (keyof NewAddress)[]).map((field) => (
                  <label key={field}>
                    {t(`counter.addressField.${field}`)}
                    <input
                      value={newAddress[field]}
                      inputMode={field === 'postcode' ? 'numeric' : undefined}
                      aria-invalid={fieldError(`address.${field}`) ? true : undefined}
                      onChange={(e) => setNewAddress({ ...newAddress, [field]: e.target.value })}
                    />
                    {fieldError(`address.${field}`) && (
                      <span className="field-error">{fieldError(`address.${field}`)}</span>
                    )}
                  </label>
                ))}
                {customer && (
                  <label className="choice">
                    <input type="checkbox" checked={saveAddress} onChange={(e) => setSaveAddress(e.target.checked)} />
                    {t('counter.saveAddress', { name: `${customer.firstName} ${customer.lastName}` })}
                  </label>
                )}
                {customer && saveAddress && (
                  <label>
                    {t('counter.addressLabel')}
                    <input
                      value={addressLabel}
                      maxLength={40}
                      placeholder={t('counter.addressLabelDefault')}
                      onChange={(e) => setAddressLabel(e.target.value)}
                    />
                  </label>
                )}
              </div>
            )}
          </fieldset>
        )}

        <label className="payment-method">
          {t('counter.paymentMethod')}
          <select value={paymentMethod} onChange={(e) => setPaymentMethod(e.target.value as PaymentMethod)}>
            {IN_PERSON_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`paymentMethod.${m}`)}
              </option>
            ))}
          </select>
        </label>

        <p className="phone-total">
          {fulfilment === 'DELIVERY' && total.deliveryFee > 0 && (
            <span>
              {t('counter.deliveryFee')} <Money value={total.deliveryFee} />{' '}
            </span>
          )}
          <strong>
            {t('counter.total')} <Money value={total.total} />
          </strong>
        </p>
        {place.error && <ProblemMessage error={place.error} />}
        <button type="submit" className="button primary big" disabled={place.isPending}>
          {t('counter.place')}
        </button>
      </form>
    </div>
  );
}

function CustomerFinder({
  inputRef,
  customer,
  onCustomer,
  error,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  customer: Customer | null;
  onCustomer: (c: Customer | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('staff');
  const [phone, setPhone] = useState('');
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [nameErrors, setNameErrors] = useState<Record<string, string>>({});
  const search = useMutation({
    mutationFn: (number: string) => staffApi.findCustomers(number),
    onSuccess: (page) => {
      const found = page.items[0] ?? null;
      setNotFound(!found);
      onCustomer(found);
    },
  });
  const create = useMutation({
    mutationFn: () => staffApi.createCustomer({ firstName: firstName.trim(), lastName: lastName.trim(), phone }),
    onSuccess: (created) => {
      setNotFound(false);
      onCustomer(created);
    },
  });
  const createErrors = useProblemFieldErrors(create.error);
  const find = (event: FormEvent) => {
    event.preventDefault();
    if (!looksLikePhone(phone)) {
      setPhoneError(t('counter.invalidPhone'));
      return;
    }
    setPhoneError(null);
    search.mutate(phone);
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!firstName.trim()) missing.firstName = t('counter.required');
    if (!lastName.trim()) missing.lastName = t('counter.required');
    setNameErrors(missing);
    if (Object.keys(missing).length === 0) create.mutate();
  };
  const shownPhoneError = phoneError ?? createErrors.phone ?? error;
  return (
    <div className="customer-finder">
      <form onSubmit={find} noValidate role="search" aria-label={t('counter.findCustomer')}>
        <label>
          {t('counter.phone')}
          <input
            ref={inputRef}
            type="tel"
            autoComplete="off"
            autoFocus
            value={phone}
            aria-invalid={shownPhoneError ? true : undefined}
            onChange={(e) => {
              setPhone(e.target.value);
              setNotFound(false);
              if (customer) onCustomer(null);
            }}
          />
        </label>
        <button type="submit" className="button" disabled={search.isPending}>
          {t('counter.find')}
        </button>
        {shownPhoneError && <span className="field-error">{shownPhoneError}</span>}
        {search.error && <ProblemMessage error={search.error} />}
      </form>
      {customer && (
        <p className="customer-found" role="status">
          {t('counter.customerFound', { name: `${customer.firstName} ${customer.lastName}` })}
        </p>
      )}
      {notFound && !customer && (
        <form className="new-customer" onSubmit={add} noValidate aria-label={t('counter.newCustomer')}>
          <p role="status">{t('counter.notFound')}</p>
          <label>
            {t('counter.firstName')}
            <input
              value={firstName}
              autoFocus
              aria-invalid={nameErrors.firstName || createErrors.firstName ? true : undefined}
              onChange={(e) => setFirstName(e.target.value)}
            />
            {(nameErrors.firstName || createErrors.firstName) && (
              <span className="field-error">{nameErrors.firstName ?? createErrors.firstName}</span>
            )}
          </label>
          <label>
            {t('counter.lastName')}
            <input
              value={lastName}
              aria-invalid={nameErrors.lastName || createErrors.lastName ? true : undefined}
              onChange={(e) => setLastName(e.target.value)}
            />
            {(nameErrors.lastName || createErrors.lastName) && (
              <span className="field-error">{nameErrors.lastName ?? createErrors.lastName}</span>
            )}
          </label>
          {create.error && <ProblemMessage error={create.error} />}
          <button type="submit" className="button" disabled={create.isPending}>
            {t('counter.createCustomer')}
          </button>
        </form>
      )}
    </div>
  );
}

export function MenuPicker({
  menu,
  onAdd,
}: {
  menu: { isPending: boolean; isError: boolean; error: unknown; data?: Menu; refetch: () => unknown };
  onAdd: (productId: number, size: Size) => void;
}) {
  const { t } = useTranslation('staff');
  const [filter, setFilter] = useState('');
  const items = useMemo(() => {
    const wanted = filter.trim().toLowerCase();
    return (menu.data?.products ?? []).filter((p) => !wanted || p.name.toLowerCase().includes(wanted));
  }, [menu.data, filter]);
  if (menu.isPending) return <Loading />;
  if (menu.isError) return <ErrorState error={menu.error} onRetry={() => void menu.refetch()} />;
  return (
    <fieldset className="menu-picker">
      <legend>{t('counter.items')}</legend>
      <label>
        {t('counter.filter')}
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      {items.length === 0 ? (
        <Empty message={t('counter.noProduct')} />
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.productId}>
              <span className="product-name">{item.name}</span>
              {item.sizes.map((offer) => {
                const label =
                  item.category === 'PIZZA'
                    ? t('counter.addSized', { name: item.name, size: t(`size.${offer.size}`) })
                    : t('counter.add', { name: item.name });
                return (
                  <button
                    key={offer.size}
                    type="button"
                    className="button size-button"
                    aria-label={label}
                    aria-disabled={!offer.available ? 'true' : undefined}
                    title={
                      offer.available
                        ? label
                        : t('counter.unavailable', { missing: offer.missingIngredients.join(', ') })
                    }
                    onClick={() => offer.available && onAdd(item.productId, offer.size)}
                  >
                    {item.category === 'PIZZA' ? t(`sizeShort.${offer.size}`) : '+'} <Money value={offer.priceInclVat} />
                  </button>
                );
              })}
              {!item.available && (
                <span className="unavailable-reason">
                  {t('counter.unavailable', {
                    missing: [...new Set(item.sizes.flatMap((s) => s.missingIngredients))].join(', '),
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** The lines being taken or changed: a count to edit and a way to remove each, priced from the menu. */
export function BasketLines({
  lines,
  error,
  onChange,
}: {
  lines: PricedLine[];
  error?: string;
  onChange: (change: (lines: PhoneLine[]) => PhoneLine[]) => void;
}) {
  const { t } = useTranslation('staff');
  return (
    <fieldset className="phone-basket">
      <legend>{t('counter.basket')}</legend>
      {lines.length === 0 ? (
        <p className={error ? 'field-error' : 'hint'}>{error ?? t('counter.basketEmpty')}</p>
      ) : (
        <ul>
          {lines.map((line, index) => (
            <li key={`${line.productId}-${line.size}`} className={line.shortBy < 0 ? 'short' : undefined}>
              <label>
                <span className="visually-hidden">{t('counter.quantityOf', { name: line.name })}</span>
                <input
                  type="number"
                  min={0}
                  max={50}
                  value={line.count}
                  onChange={(e) => onChange((l) => setCount(l, index, Number(e.target.value)))}
                />
              </label>
              <span>
                {line.name}
                {line.size !== 'SINGLE' && ` (${t(`size.${line.size}`)})`}
              </span>
              <Money value={line.totalInclVat} />
              {line.shortBy < 0 && <span className="field-error">{t('counter.notEnough')}</span>}
              <button
                type="button"
                className="button link"
                aria-label={t('counter.remove', { name: line.name })}
                onClick={() => onChange((l) => setCount(l, index, 0))}
              >
                {t('counter.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
