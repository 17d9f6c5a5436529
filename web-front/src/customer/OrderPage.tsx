import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, download } from '../api/http';
import { ConnectionBadge, DateTime, ErrorState, Loading, Money, ProblemMessage } from '../ui';
import { StatusTimeline } from './StatusTimeline';
import { canChange } from './timeline';
import { useLiveOrder } from './orders';
import type { Order, OrderLine, Size } from '../api/types';

const LATER_METHODS = ['CASH', 'CARD', 'CHEQUE', 'MEAL_VOUCHER'];

/** Confirmation, live tracking and, while allowed, payment, changes and cancellation. */
/** What the payment page reports when it sends the customer back to the order. */
const PAYMENT_OUTCOMES = ['PAID', 'DECLINED', 'RETRY'] as const;

export function OrderPage() {
  const { t } = useTranslation();
  const orderId = useParams().orderId!;
  const [params] = useSearchParams();
  const { order, connection } = useLiveOrder(orderId);
  if (order.isPending) return <Loading />;
  if (order.isError) return <ErrorState error={order.error} onRetry={() => void order.refetch()} />;
  const o = order.data;
  const estimate = o.fulfilment === 'DELIVERY' ? o.estimatedDeliveryAt : o.estimatedReadyAt;
  const live = !['DELIVERED', 'COLLECTED', 'CANCELLED', 'REJECTED'].includes(o.status);
  const paymentOutcome = PAYMENT_OUTCOMES.find((outcome) => outcome === params.get('payment'));
  return (
    <section className="page order-page">
      {params.get('placed') && (
        <div className="success" role="status">
          <strong>{t('order.thanks')}</strong> {t('order.placed', { number: o.number })}
        </div>
      )}
      {paymentOutcome && (
        <div className={paymentOutcome === 'PAID' ? 'success' : 'problem'} role="status">
          {t(`payment.outcome.${paymentOutcome}`)}
        </div>
      )}
      <h1>
        {t('order.title', { number: o.number })}{' '}
        {live && <ConnectionBadge state={connection} />}
      </h1>
      <p className="current-status" aria-live="polite">
        {t('order.statusNow')} <strong data-testid="order-status">{t(`status.${o.status}`)}</strong>
      </p>
      {estimate && live && (
        <p>
          {t(o.fulfilment === 'DELIVERY' ? 'order.etaDelivery' : 'order.etaReady')}{' '}
          <strong>
            <DateTime value={estimate} timeOnly />
          </strong>
        </p>
      )}
      {o.rejectionReason && <p className="problem">{o.rejectionReason}</p>}
      <StatusTimeline order={o} />
      {o.status === 'AWAITING_PAYMENT' && <PaymentBox order={o} />}
      <OrderDetails order={o} />
      {canChange(o) && <ChangeOrder order={o} />}
      {o.paymentMethod !== 'ONLINE_CARD' && o.status !== 'CANCELLED' && o.status !== 'REJECTED' && (
        <p>
          <button
            type="button"
            className="button link"
            onClick={() => void download(`/api/management/orders/${o.id}/pro-forma`, `pro-forma-${o.number}.pdf`)}
          >
            {t('order.proForma')}
          </button>
        </p>
      )}
      <p>
        <Link to="/orders">{t('order.allOrders')}</Link>
      </p>
    </section>
  );
}

function OrderDetails({ order }: { order: Order }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="order-details">
      <h2 id="order-details">{t('order.details')}</h2>
      <p>
        {t(order.fulfilment === 'DELIVERY' ? 'order.delivery' : 'order.takeaway')}
        {order.deliveryAddress && (
          <>
            {' — '}
            {order.deliveryAddress.street}, {order.deliveryAddress.postcode} {order.deliveryAddress.city}
          </>
        )}
      </p>
      <table className="basket">
        <tbody>
          {order.lines.map((line) => (
            <tr key={`${line.productId}-${line.size}`}>
              <th scope="row">
                {line.count} × {line.productName} {line.size !== 'SINGLE' && <span className="muted">({t(`size.${line.size}`)})</span>}
              </th>
              <td className="number">
                <Money value={line.lineTotalInclVat} />
              </td>
            </tr>
          ))}
          {Number(order.deliveryFee) > 0 && (
            <tr>
              <th scope="row">{t('basket.deliveryFee')}</th>
              <td className="number">
                <Money value={Number(order.deliveryFee) * 1.1} />
              </td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('basket.totalExclVat')}</th>
            <td className="number">
              <Money value={order.totalExclVat} />
            </td>
          </tr>
          {Object.entries(order.vatByRate).map(([rate, vat]) => (
            <tr key={rate}>
              <th scope="row">{t('basket.vatAt', { rate: Number(rate).toLocaleString('fr-FR') })}</th>
              <td className="number">
                <Money value={vat} />
              </td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">{t('basket.totalInclVat')}</th>
            <td className="number">
              <Money value={order.totalInclVat} />
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="muted">
        {t(`payment.${order.paymentMethod}`)} · {t(`paymentStatus.${order.paymentStatus}`)}
      </p>
    </section>
  );
}

/** Online payment on the provider's page (which sends the customer back here), or paying at the door instead. */
function PaymentBox({ order }: { order: Order }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [method, setMethod] = useState('CASH');
  const checkout = useQuery({
    queryKey: ['checkout', order.id],
    queryFn: () => api<{ redirectUrl: string }>(`/api/orders/${order.id}/payment`, { method: 'POST' }),
    staleTime: Infinity,
    retry: false,
  });
  const payLater = useMutation({
    mutationFn: () => api<Order>(`/api/orders/${order.id}/pay-later`, { method: 'POST', json: { method } }),
    onSuccess: (updated) => client.setQueryData(['order', order.id], updated),
  });
  return (
    <section className="card payment" aria-labelledby="payment-title">
      <h2 id="payment-title">{t('payment.title')}</h2>
      {checkout.isError && <ProblemMessage error={checkout.error} />}
      {checkout.data && (
        <p>
          <a className="button primary" href={checkout.data.redirectUrl}>
            {t('payment.payOnline', { amount: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(Number(order.amountDue)) })}
          </a>
        </p>
      )}
      <p className="muted">{t('payment.redirects')}</p>
      <form
        className="actions"
        onSubmit={(event) => {
          event.preventDefault();
          payLater.mutate();
        }}
      >
        <label htmlFor="later-method">{t(order.fulfilment === 'DELIVERY' ? 'payment.laterDelivery' : 'payment.laterPickup')}</label>
        <select id="later-method" value={method} onChange={(event) => setMethod(event.target.value)}>
          {LATER_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`payment.${m}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button secondary" disabled={payLater.isPending}>
          {t('payment.payLater')}
        </button>
      </form>
      {payLater.isError && <ProblemMessage error={payLater.error} />}
    </section>
  );
}

/** Changing the quantities, or cancelling, while preparation has not started. */
function ChangeOrder({ order }: { order: Order }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [lines, setLines] = useState<OrderLine[]>(order.lines);
  const save = useMutation({
    mutationFn: () =>
      api<Order>(`/api/orders/${order.id}`, {
        method: 'PUT',
        json: { lines: lines.filter((l) => l.count > 0).map((l) => ({ productId: l.productId, size: l.size, count: l.count })) },
      }),
    onSuccess: (updated) => {
      client.setQueryData(['order', order.id], updated);
      setEditing(false);
    },
  });
  const cancel = useMutation({
    mutationFn: () => api<Order>(`/api/orders/${order.id}/cancel`, { method: 'POST', json: { reason: 'Annulée par le client' } }),
    onSuccess: (updated) => client.setQueryData(['order', order.id], updated),
  });
  const setCount = (productId: number, size: Size, count: number) =>
    setLines((current) => current.map((l) => (l.productId === productId && l.size === size ? { ...l, count: Math.max(0, Math.min(50, count)) } : l)));
  return (
    <section aria-labelledby="change-title">
      <h2 id="change-title" className="visually-hidden">
        {t('order.change')}
      </h2>
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          <ul className="orders-list">
            {lines.map((line) => (
              <li key={`${line.productId}-${line.size}`}>
                <span>
                  {line.productName} {line.size !== 'SINGLE' && `(${t(`size.${line.size}`)})`}
                </span>
                <span className="stepper">
                  <button type="button" aria-label={t('basket.less', { name: line.productName })} onClick={() => setCount(line.productId, line.size, line.count - 1)}>
                    −
                  </button>
                  {line.count}
                  <button type="button" aria-label={t('basket.more', { name: line.productName })} onClick={() => setCount(line.productId, line.size, line.count + 1)}>
                    +
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {save.isError && <ProblemMessage error={save.error} />}
          <div className="actions">
            <button type="submit" className="button primary" disabled={save.isPending || lines.every((l) => l.count === 0)}>
              {t('order.saveChanges')}
            </button>
            <button type="button" className="button link" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => { setLines(order.lines); setEditing(true); }}>
            {t('order.modify')}
          </button>
          <button
            type="button"
            className="button danger"
            disabled={cancel.isPending}
            onClick={() => {
              if (window.confirm(t('order.confirmCancel'))) cancel.mutate();
            }}
          >
            {t('order.cancel')}
          </button>
        </div>
      )}
      {cancel.isError && <ProblemMessage error={cancel.error} />}
    </section>
  );
}
