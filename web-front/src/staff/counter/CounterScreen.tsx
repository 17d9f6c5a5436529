import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConnectionBadge, Empty, ErrorState, Loading, Money, ProblemMessage } from '../../ui';
import { staffApi } from '../api';
import { ordersKey, useLiveOrders } from '../common/live';
import { OrderLines } from '../common/OrderLines';
import { PaymentForm } from '../common/PaymentForm';
import { StaffScreen } from '../common/StaffScreen';
import { usePizzeria } from '../common/usePizzeria';
import { parisTime } from '../common/time';
import type { Order } from '../types';
import { columns, counterActions, sentBackReason } from './board';
import { DeliverySlip } from './DeliverySlip';
import { ModifyOrderForm } from './ModifyOrderForm';
import { PhoneOrderForm } from './PhoneOrderForm';

/** The counter: phone orders on the left, the pizzeria's live board on the right. */
export function CounterScreen() {
  const { t } = useTranslation('staff');
  const { pizzeriaId, picker } = usePizzeria();
  const live = useLiveOrders(pizzeriaId);
  return (
    <StaffScreen
      title={t('counter.title')}
      className="counter"
      pizzeriaId={pizzeriaId}
      picker={picker}
      aside={<ConnectionBadge state={live} />}
    >
      {(id) => <CounterDesk pizzeriaId={id} />}
    </StaffScreen>
  );
}

function CounterDesk({ pizzeriaId }: { pizzeriaId: number }) {
  const { t } = useTranslation('staff');
  const [selected, setSelected] = useState<string | null>(null);
  const [placed, setPlaced] = useState<Order | null>(null);
  const orders = useQuery({
    queryKey: [...ordersKey(pizzeriaId), 'board'],
    queryFn: () => staffApi.activeOrders(pizzeriaId),
    refetchInterval: 60_000,
  });
  const current = orders.data?.find((o) => o.id === selected) ?? null;
  return (
    <div className="counter-desk">
      <div className="counter-entry">
        {placed && (
          <p className="placed-confirmation" role="status">
            {t('counter.placed', { number: placed.number })}
          </p>
        )}
        <PhoneOrderForm pizzeriaId={pizzeriaId} onPlaced={(o) => { setPlaced(o); setSelected(o.id); }} />
      </div>
      <div className="counter-board-area">
        <h2>{t('counter.board')}</h2>
        {orders.isPending ? (
          <Loading />
        ) : orders.isError ? (
          <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />
        ) : (
          <Board orders={orders.data} selected={selected} onSelect={setSelected} />
        )}
        {current && <OrderDetail order={current} pizzeriaId={pizzeriaId} onClose={() => setSelected(null)} />}
      </div>
    </div>
  );
}

function Board({ orders, selected, onSelect }: { orders: Order[]; selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation('staff');
  if (orders.length === 0) return <Empty message={t('counter.boardEmpty')} />;
  return (
    <div className="board" role="region" aria-label={t('counter.board')}>
      {columns(orders).map((column) => (
        <section key={column.key} className={`board-column ${column.key}`} aria-labelledby={`board-${column.key}`}>
          <h3 id={`board-${column.key}`}>
            {t(`counter.column.${column.key}`)} <span className="count">{column.orders.length}</span>
          </h3>
          <ul>
            {column.orders.map((order) => {
              const sentBack = sentBackReason(order);
              return (
                <li key={order.id}>
                  <button
                    type="button"
                    className={`board-card${selected === order.id ? ' selected' : ''}${sentBack ? ' sent-back' : ''}`}
                    aria-pressed={selected === order.id}
                    onClick={() => onSelect(order.id)}
                  >
                    <span className="order-number">{order.number}</span>
                    <span className="customer">{order.customer?.name ?? t('counter.anonymous')}</span>
                    <span className="meta">
                      {t(`fulfilment.${order.fulfilment}`)} · {parisTime(order.placedAt)} · <Money value={order.totalInclVat} />
                    </span>
                    <span className={`payment ${order.paymentStatus.toLowerCase()}`}>
                      {t(`paymentStatus.${order.paymentStatus}`)}
                    </span>
                    {sentBack && <span className="sent-back-reason">{sentBack}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

function OrderDetail({ order, pizzeriaId, onClose }: { order: Order; pizzeriaId: number; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ordersKey(pizzeriaId) });
  const actions = counterActions(order);
  const handOver = useMutation({ mutationFn: () => staffApi.collected(order.id), onSuccess: refresh });
  const sendOut = useMutation({ mutationFn: () => staffApi.leave(order.id), onSuccess: refresh });
  const failed = handOver.error ?? sendOut.error;
  const [modifying, setModifying] = useState(false);
  const [modified, setModified] = useState(false);
  return (
    <section className="order-detail" aria-labelledby="order-detail-title">
      <header>
        <h3 id="order-detail-title">{t('counter.order', { number: order.number })}</h3>
        <span className="tag status">{t(`status.${order.status}`)}</span>
        <button type="button" className="button link" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      <p>
        {order.customer?.name ?? t('counter.anonymous')}
        {order.customer?.phone && <> · {order.customer.phone}</>} · {t(`channel.${order.channel}`)}
      </p>
      <OrderLines lines={order.lines} />
      <p>
        {t('counter.total')} <Money value={order.totalInclVat} /> · {t(`paymentMethod.${order.paymentMethod}`)} ·{' '}
        {t(`paymentStatus.${order.paymentStatus}`)}
        {Number(order.amountDue) > 0 && (
          <>
            {' '}· {t('counter.due')} <Money value={order.amountDue} />
          </>
        )}
      </p>
      {modified && (
        <p className="placed-confirmation" role="status">
          {t('counter.modified', { number: order.number })}
        </p>
      )}
      {failed && <ProblemMessage error={failed} />}
      <div className="detail-actions">
        {actions.modify && !modifying && (
          <button type="button" className="button" onClick={() => { setModified(false); setModifying(true); }}>
            {t('counter.modify')}
          </button>
        )}
        {actions.handOver && (
          <button type="button" className="button primary" disabled={handOver.isPending} onClick={() => handOver.mutate()}>
            {t('counter.handOver')}
          </button>
        )}
        {actions.sendOut && (
          <button type="button" className="button" disabled={sendOut.isPending} onClick={() => sendOut.mutate()}>
            {t('counter.sendOut')}
          </button>
        )}
        {order.fulfilment === 'DELIVERY' && (
          <button type="button" className="button secondary" onClick={() => window.print()}>
            {t('counter.printSlip')}
          </button>
        )}
      </div>
      {actions.modify && modifying && (
        <ModifyOrderForm
          order={order}
          onClose={() => setModifying(false)}
          onDone={() => {
            setModifying(false);
            setModified(true);
            void refresh();
          }}
        />
      )}
      {actions.recordPayment && <PaymentForm key={order.amountDue} order={order} onDone={() => void refresh()} />}
      {actions.cancel && <CancelForm order={order} onDone={() => void refresh()} />}
      {order.fulfilment === 'DELIVERY' && <DeliverySlip order={order} />}
    </section>
  );
}

function CancelForm({ order, onDone }: { order: Order; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const cancel = useMutation({ mutationFn: () => staffApi.cancel(order.id, reason.trim()), onSuccess: onDone });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate();
  };
  if (!open) {
    return (
      <button type="button" className="button danger" onClick={() => setOpen(true)}>
        {t('counter.cancel')}
      </button>
    );
  }
  return (
    <form className="cancel-form" onSubmit={submit} noValidate>
      <label>
        {t('counter.cancelReason')}
        <input value={reason} maxLength={400} autoFocus onChange={(e) => setReason(e.target.value)} />
      </label>
      {cancel.error && <ProblemMessage error={cancel.error} />}
      <button type="submit" className="button danger" disabled={cancel.isPending}>
        {t('counter.confirmCancel')}
      </button>
      <button type="button" className="button link" onClick={() => setOpen(false)}>
        {t('common.back')}
      </button>
    </form>
  );
}
