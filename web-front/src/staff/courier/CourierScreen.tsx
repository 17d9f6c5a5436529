import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { ConnectionBadge, Empty, ErrorState, Loading, Money, ProblemMessage } from '../../ui';
import { staffApi } from '../api';
import { mapUrl, telUrl } from '../common/links';
import { ordersKey, useLiveOrders } from '../common/live';
import { OrderLines } from '../common/OrderLines';
import { PaymentForm } from '../common/PaymentForm';
import { StaffScreen } from '../common/StaffScreen';
import { usePizzeria } from '../common/usePizzeria';
import { parisTime } from '../common/time';
import type { Order } from '../types';

/** The courier's phone: deliveries ready to take, the ones on the way, payment at the door. */
export function CourierScreen() {
  const { t } = useTranslation('staff');
  const { pizzeriaId, picker } = usePizzeria();
  const live = useLiveOrders(pizzeriaId);
  return (
    <StaffScreen
      title={t('courier.title')}
      className="courier"
      pizzeriaId={pizzeriaId}
      picker={picker}
      aside={<ConnectionBadge state={live} />}
    >
      {(id) => <Deliveries pizzeriaId={id} />}
    </StaffScreen>
  );
}

function Deliveries({ pizzeriaId }: { pizzeriaId: number }) {
  const { t } = useTranslation('staff');
  const { user } = useAuth();
  const me = user?.id ?? '';
  const ready = useQuery({
    queryKey: [...ordersKey(pizzeriaId), 'deliveries'],
    queryFn: () => staffApi.readyDeliveries(pizzeriaId),
    refetchInterval: 60_000,
  });
  const onTheRoad = useQuery({
    queryKey: [...ordersKey(pizzeriaId), 'on-the-road'],
    queryFn: () => staffApi.activeOrders(pizzeriaId, ['OUT_FOR_DELIVERY']),
    refetchInterval: 60_000,
  });
  if (ready.isPending || onTheRoad.isPending) return <Loading />;
  if (ready.isError) return <ErrorState error={ready.error} onRetry={() => void ready.refetch()} />;
  if (onTheRoad.isError) return <ErrorState error={onTheRoad.error} onRetry={() => void onTheRoad.refetch()} />;
  const mine = onTheRoad.data.filter((o) => o.courierId === me);
  const myRun = ready.data.filter((o) => o.courierId === me);
  const available = ready.data.filter((o) => !myRun.includes(o));
  return (
    <div className="courier-lists">
      <section aria-labelledby="courier-road">
        <h2 id="courier-road">{t('courier.onTheRoad')}</h2>
        {mine.length === 0 ? (
          <Empty message={t('courier.noneOnTheRoad')} />
        ) : (
          mine.map((order) => <DeliveryCard key={order.id} order={order} pizzeriaId={pizzeriaId} stage="road" />)
        )}
      </section>
      <section aria-labelledby="courier-run">
        <h2 id="courier-run">{t('courier.myRun')}</h2>
        {myRun.length === 0 ? (
          <Empty message={t('courier.nothingTaken')} />
        ) : (
          myRun.map((order) => (
            <DeliveryCard
              key={order.id}
              order={order}
              pizzeriaId={pizzeriaId}
              stage="taken"
            />
          ))
        )}
      </section>
      <section aria-labelledby="courier-ready">
        <h2 id="courier-ready">{t('courier.ready')}</h2>
        {available.length === 0 ? (
          <Empty message={t('courier.noneReady')} />
        ) : (
          available.map((order) => (
            <DeliveryCard
              key={order.id}
              order={order}
              pizzeriaId={pizzeriaId}
              stage="ready"
              assignedElsewhere={order.courierId != null && order.courierId !== me}
            />
          ))
        )}
      </section>
    </div>
  );
}

function DeliveryCard({
  order,
  pizzeriaId,
  stage,
  assignedElsewhere,
}: {
  order: Order;
  pizzeriaId: number;
  stage: 'ready' | 'taken' | 'road';
  assignedElsewhere?: boolean;
}) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ordersKey(pizzeriaId) });
  const take = useMutation({ mutationFn: () => staffApi.take(order.id), onSuccess: refresh, onError: refresh });
  const leave = useMutation({ mutationFn: () => staffApi.leave(order.id), onSuccess: refresh });
  const delivered = useMutation({ mutationFn: () => staffApi.delivered(order.id), onSuccess: refresh });
  const address = order.deliveryAddress;
  const phone = order.customer?.phone;
  const due = Number(order.amountDue) > 0;
  return (
    <article className={`delivery-card stage-${stage}`} aria-label={t('courier.card', { number: order.number })}>
      <header>
        <span className="order-number">{order.number}</span>
        {order.estimatedDeliveryAt && (
          <span className="eta">{t('courier.expected', { time: parisTime(order.estimatedDeliveryAt) })}</span>
        )}
      </header>
      {order.customer?.name && <p className="customer-name">{order.customer.name}</p>}
      {address && (
        <address>
          <a href={mapUrl(address)} target="_blank" rel="noreferrer">
            {address.street}
            {address.complement ? `, ${address.complement}` : ''}
            <br />
            {address.postcode} {address.city}
          </a>
          {address.instructions && <span className="instructions">{address.instructions}</span>}
        </address>
      )}
      {phone && (
        <a className="button secondary call" href={telUrl(phone)}>
          {t('courier.call', { phone })}
        </a>
      )}
      <OrderLines lines={order.lines} />
      <p className={due ? 'to-collect' : 'paid'}>
        {due ? (
          <>
            {t('courier.toCollect')} <Money value={order.amountDue} /> ({t(`paymentMethod.${order.paymentMethod}`)})
          </>
        ) : (
          t('courier.alreadyPaid')
        )}
      </p>
      {(take.error || leave.error || delivered.error) && (
        <ProblemMessage error={take.error ?? leave.error ?? delivered.error} />
      )}
      <div className="delivery-actions">
        {stage === 'ready' &&
          (assignedElsewhere ? (
            <p className="assigned">{t('courier.assignedElsewhere')}</p>
          ) : (
            <button type="button" className="button big primary" disabled={take.isPending} onClick={() => take.mutate()}>
              {t('courier.take')}
            </button>
          ))}
        {stage === 'taken' && (
          <button type="button" className="button big primary" disabled={leave.isPending} onClick={() => leave.mutate()}>
            {t('courier.leave')}
          </button>
        )}
        {stage === 'road' && (
          <button
            type="button"
            className="button big primary"
            disabled={delivered.isPending}
            onClick={() => delivered.mutate()}
          >
            {t('courier.delivered')}
          </button>
        )}
      </div>
      {stage === 'road' && due && <PaymentForm order={order} onDone={() => void refresh()} />}
    </article>
  );
}
