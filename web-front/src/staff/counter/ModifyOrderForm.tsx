import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { Money, ProblemMessage } from '../../ui';
import { staffApi } from '../api';
import type { Order } from '../types';
import { addItem, linesOf, modifyRequest, priced, withOwnReservation, type PhoneLine } from './basket';
import { BasketLines, MenuPicker } from './PhoneOrderForm';

/**
 * Changes the items of an order not yet in preparation (received, or sent back by the kitchen):
 * the same menu and basket as a phone order, starting from the order's lines.
 */
export function ModifyOrderForm({ order, onDone, onClose }: { order: Order; onDone: (order: Order) => void; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const [lines, setLines] = useState<PhoneLine[]>(() => linesOf(order));
  const [error, setError] = useState<string | undefined>();
  const menu = useQuery({ queryKey: ['staff', 'menu', order.pizzeriaId], queryFn: () => staffApi.menu(order.pizzeriaId) });
  const save = useMutation({
    mutationFn: () => api<Order>(`/api/orders/${order.id}`, { method: 'PUT', json: modifyRequest(lines) }),
    onSuccess: onDone,
  });
  const total = priced(lines, withOwnReservation(menu.data, linesOf(order)), order.fulfilment, 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (lines.length === 0) {
      setError(t('counter.errors.lines'));
      return;
    }
    setError(undefined);
    save.mutate();
  };
  return (
    <form className="modify-order" onSubmit={submit} noValidate aria-label={t('counter.modifyTitle', { number: order.number })}>
      <h4>{t('counter.modifyTitle', { number: order.number })}</h4>
      <MenuPicker menu={menu} onAdd={(productId, size) => setLines((l) => addItem(l, productId, size))} />
      <BasketLines lines={total.lines} error={error} onChange={setLines} />
      <p className="phone-total">
        {t('counter.itemsTotal')} <Money value={total.total} />
      </p>
      {save.error && <ProblemMessage error={save.error} />}
      <button type="submit" className="button primary" disabled={save.isPending}>
        {t('counter.saveChanges')}
      </button>
      <button type="button" className="button link" onClick={onClose}>
        {t('common.back')}
      </button>
    </form>
  );
}
