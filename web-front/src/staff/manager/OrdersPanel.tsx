import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConnectionBadge, Empty, Money, ProblemMessage, QueryFallback, SubmitRow, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import { ordersKey, useLiveOrders } from '../common/live';
import { OrderLines } from '../common/OrderLines';
import { parisTime } from '../common/time';
import { columns } from '../counter/board';
import type { Order, StaffMember } from '../types';
import { managerApi } from './managerApi';

/** The pizzeria's couriers who may still work, by name. */
export function activeCouriers(staff: StaffMember[]): StaffMember[] {
  return staff
    .filter((member) => member.enabled && member.roles.includes('COURIER'))
    .sort((a, b) => `${a.firstName} ${a.lastName}`.localeCompare(`${b.firstName} ${b.lastName}`));
}

/** What the manager may do with an order now: give a ready delivery to a courier, or report one that went wrong. */
export function managerActions(order: Order): { assignCourier: boolean; reportIncident: boolean } {
  return {
    assignCourier: order.status === 'READY' && order.fulfilment === 'DELIVERY',
    reportIncident: order.status === 'OUT_FOR_DELIVERY',
  };
}

const fullName = (member: StaffMember) => `${member.firstName} ${member.lastName}`;

/**
 * The pizzeria's orders under way, live, in the counter's columns; the manager picks one to give a
 * ready delivery to a courier or to report an incident on an order on the road.
 */
export function OrdersPanel({ pizzeriaId }: { pizzeriaId: number }) {
  const { t } = useTranslation('staff');
  const live = useLiveOrders(pizzeriaId);
  const [selected, setSelected] = useState<string | null>(null);
  const [closedNote, setClosedNote] = useState<string | null>(null);
  const orders = useQuery({
    queryKey: [...ordersKey(pizzeriaId), 'board'],
    queryFn: () => staffApi.activeOrders(pizzeriaId),
    refetchInterval: 60_000,
  });
  const team = useQuery({ queryKey: ['staff', 'team', pizzeriaId], queryFn: () => staffApi.staff(pizzeriaId) });
  const couriers = activeCouriers(team.data?.content ?? []);
  const courierName = (id: string | null) => {
    if (!id) return null;
    const member = (team.data?.content ?? []).find((m) => m.id === id);
    return member ? fullName(member) : t('manager.orders.unknownCourier');
  };
  const current = orders.data?.find((o) => o.id === selected) ?? null;
  return (
    <div className="manager-orders">
      <div className="manager-orders-head">
        <h2>{t('manager.orders.title')}</h2>
        <ConnectionBadge state={live} />
      </div>
      {closedNote && (
        <p className="placed-confirmation" role="status">
          {closedNote}
        </p>
      )}
      {!orders.isSuccess ? (
        <QueryFallback query={orders} />
      ) : orders.data.length === 0 ? (
        <Empty message={t('manager.orders.none')} />
      ) : (
        <div className="board" role="region" aria-label={t('manager.orders.title')}>
          {columns(orders.data).map((column) => (
            <section key={column.key} className={`board-column ${column.key}`} aria-labelledby={`manager-board-${column.key}`}>
              <h3 id={`manager-board-${column.key}`}>
                {t(`counter.column.${column.key}`)} <span className="count">{column.orders.length}</span>
              </h3>
              <ul>
                {column.orders.map((order) => {
                  const actions = managerActions(order);
                  const courier = courierName(order.courierId);
                  return (
                    <li key={order.id}>
                      <button
                        type="button"
                        className={`board-card${selected === order.id ? ' selected' : ''}`}
                        aria-pressed={selected === order.id}
                        onClick={() => {
                          setClosedNote(null);
                          setSelected(order.id);
                        }}
                      >
                        <span className="order-number">{order.number}</span>
                        <span className="customer">{order.customer?.name ?? t('counter.anonymous')}</span>
                        <span className="meta">
                          {t(`fulfilment.${order.fulfilment}`)} · {parisTime(order.placedAt)} · <Money value={order.totalInclVat} />
                        </span>
                        {order.fulfilment === 'DELIVERY' && (order.status === 'READY' || order.status === 'OUT_FOR_DELIVERY') && (
                          <span className={`courier${courier ? '' : ' none'}`}>
                            {courier ? t('manager.orders.courier', { name: courier }) : t('manager.orders.noCourier')}
                          </span>
                        )}
                        {actions.assignCourier && !order.courierId && <span className="tag">{t('manager.orders.toAssign')}</span>}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      )}
      {current && (
        <OrderDetail
          key={current.id}
          order={current}
          pizzeriaId={pizzeriaId}
          couriers={couriers}
          couriersQuery={team}
          courierName={courierName(current.courierId)}
          onClose={() => setSelected(null)}
          onClosedOrder={(note) => {
            setSelected(null);
            setClosedNote(note);
          }}
        />
      )}
    </div>
  );
}

function OrderDetail({
  order,
  pizzeriaId,
  couriers,
  couriersQuery,
  courierName,
  onClose,
  onClosedOrder,
}: {
  order: Order;
  pizzeriaId: number;
  couriers: StaffMember[];
  couriersQuery: { isPending: boolean; error: unknown; refetch: () => unknown; isSuccess: boolean };
  courierName: string | null;
  onClose: () => void;
  onClosedOrder: (note: string) => void;
}) {
  const { t } = useTranslation('staff');
  const actions = managerActions(order);
  const address = order.deliveryAddress;
  return (
    <section className="order-detail" aria-labelledby="manager-order-title">
      <header>
        <h3 id="manager-order-title">{t('counter.order', { number: order.number })}</h3>
        <span className="tag status">{t(`status.${order.status}`)}</span>
        <button type="button" className="button link" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      <p>
        {order.customer?.name ?? t('counter.anonymous')}
        {order.customer?.phone && <> · {order.customer.phone}</>} · {t(`channel.${order.channel}`)} ·{' '}
        {t(`fulfilment.${order.fulfilment}`)}
      </p>
      {address && (
        <p className="address">
          {address.street}
          {address.complement ? `, ${address.complement}` : ''}, {address.postcode} {address.city}
        </p>
      )}
      <OrderLines lines={order.lines} />
      <p>
        {t('counter.total')} <Money value={order.totalInclVat} /> · {t(`paymentMethod.${order.paymentMethod}`)} ·{' '}
        {t(`paymentStatus.${order.paymentStatus}`)}
      </p>
      {order.fulfilment === 'DELIVERY' && (
        <p>{courierName ? t('manager.orders.courier', { name: courierName }) : t('manager.orders.noCourier')}</p>
      )}
      {actions.assignCourier &&
        (couriersQuery.isSuccess ? (
          <AssignCourierForm order={order} pizzeriaId={pizzeriaId} couriers={couriers} />
        ) : (
          <QueryFallback query={couriersQuery} />
        ))}
      {actions.reportIncident && (
        <IncidentForm
          order={order}
          pizzeriaId={pizzeriaId}
          onDone={() => onClosedOrder(t('manager.orders.incidentRecorded', { number: order.number }))}
        />
      )}
      {!actions.assignCourier && !actions.reportIncident && <p className="hint">{t('manager.orders.nothingToDo')}</p>}
    </section>
  );
}

function AssignCourierForm({ order, pizzeriaId, couriers }: { order: Order; pizzeriaId: number; couriers: StaffMember[] }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const id = useId();
  const [courierId, setCourierId] = useState(order.courierId ?? '');
  const [error, setError] = useState<string | null>(null);
  const assign = useMutation({
    mutationFn: (chosen: string) => managerApi.assignCourier(order.id, chosen),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ordersKey(pizzeriaId) }),
  });
  const serverErrors = useProblemFieldErrors(assign.error);
  const shown = error ?? serverErrors.courierId;
  const chosenName = couriers.find((c) => c.id === assign.variables);
  if (couriers.length === 0) return <Empty message={t('manager.orders.noCouriers')} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!courierId) {
      setError(t('manager.orders.chooseCourier'));
      return;
    }
    setError(null);
    assign.mutate(courierId);
  };
  return (
    <form className="assign-courier" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('manager.orders.assignTitle')}</h4>
      <label htmlFor={`${id}-courier`}>{t('manager.orders.courierLabel')}</label>
      <select
        id={`${id}-courier`}
        value={courierId}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-error` : undefined}
        onChange={(e) => setCourierId(e.target.value)}
      >
        <option value="">{t('manager.orders.chooseCourier')}</option>
        {couriers.map((courier) => (
          <option key={courier.id} value={courier.id}>
            {fullName(courier)}
          </option>
        ))}
      </select>
      {shown && (
        <span id={`${id}-error`} className="field-error">
          {shown}
        </span>
      )}
      <SubmitRow
        mutation={assign}
        done={chosenName ? t('manager.orders.assigned', { number: order.number, name: fullName(chosenName) }) : undefined}
      >
        {t('manager.orders.assign')}
      </SubmitRow>
    </form>
  );
}

function IncidentForm({ order, pizzeriaId, onDone }: { order: Order; pizzeriaId: number; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const report = useMutation({
    mutationFn: (text: string) => managerApi.reportIncident(order.id, text),
    onSuccess: () => {
      onDone();
      void queryClient.invalidateQueries({ queryKey: ordersKey(pizzeriaId) });
    },
  });
  const serverErrors = useProblemFieldErrors(report.error);
  const shown = error ?? serverErrors.reason;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (!text) {
      setError(t('manager.orders.reasonRequired'));
      return;
    }
    setError(null);
    report.mutate(text);
  };
  return (
    <form className="incident-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('manager.orders.incidentTitle')}</h4>
      <p className="hint">{t('manager.orders.incidentHint')}</p>
      <label htmlFor={`${id}-reason`}>{t('manager.orders.reason')}</label>
      <textarea
        id={`${id}-reason`}
        value={reason}
        maxLength={400}
        rows={2}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-error` : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      {shown && (
        <span id={`${id}-error`} className="field-error">
          {shown}
        </span>
      )}
      {report.error && !serverErrors.reason ? <ProblemMessage error={report.error} /> : null}
      <button type="submit" className="button danger" disabled={report.isPending}>
        {t('manager.orders.reportIncident')}
      </button>
    </form>
  );
}
