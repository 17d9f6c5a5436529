import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoney, ProblemMessage, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import { parseAmount, toCents } from '../common/money';
import type { Order, PaymentMethod } from '../types';

export const IN_PERSON_METHODS: PaymentMethod[] = ['CASH', 'CARD', 'CHEQUE', 'MEAL_VOUCHER'];

/** Money taken at the door or the counter: method and amount, at most what is due. */
export function PaymentForm({ order, onDone }: { order: Order; onDone: (order: Order) => void }) {
  const { t } = useTranslation('staff');
  const [method, setMethod] = useState<PaymentMethod>(
    IN_PERSON_METHODS.includes(order.paymentMethod) ? order.paymentMethod : 'CASH',
  );
  const [amount, setAmount] = useState(String(order.amountDue).replace('.', ','));
  const [error, setError] = useState<string | null>(null);
  const pay = useMutation({
    mutationFn: (value: number) => staffApi.recordPayment(order.id, method, value),
    onSuccess: onDone,
  });
  const serverErrors = useProblemFieldErrors(pay.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = parseAmount(amount);
    if (value == null || value <= 0) {
      setError(t('payment.invalidAmount'));
      return;
    }
    if (toCents(value) > toCents(order.amountDue)) {
      setError(t('payment.tooMuch', { due: formatMoney(order.amountDue) }));
      return;
    }
    setError(null);
    pay.mutate(value);
  };
  const amountError = error ?? serverErrors.amount;
  return (
    <form className="payment-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('payment.title', { due: formatMoney(order.amountDue) })}</legend>
        <label>
          {t('payment.method')}
          <select value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}>
            {IN_PERSON_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`paymentMethod.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('payment.amount')}
          <input
            inputMode="decimal"
            value={amount}
            aria-invalid={amountError ? true : undefined}
            onChange={(e) => setAmount(e.target.value)}
          />
        </label>
        {amountError && <span className="field-error">{amountError}</span>}
        {pay.error && !serverErrors.amount && <ProblemMessage error={pay.error} />}
        <button type="submit" className="button primary" disabled={pay.isPending}>
          {t('payment.record')}
        </button>
      </fieldset>
    </form>
  );
}
