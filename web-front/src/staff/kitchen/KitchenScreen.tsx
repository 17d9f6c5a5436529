import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConnectionBadge, Empty, ErrorState, Loading, ProblemMessage } from '../../ui';
import { staffApi } from '../api';
import { ordersKey, useLiveOrders } from '../common/live';
import { OrderLines } from '../common/OrderLines';
import { StaffScreen } from '../common/StaffScreen';
import { usePizzeria } from '../common/usePizzeria';
import { useNow } from '../common/useNow';
import { formatWaiting, minutesSince, urgency } from '../common/time';
import type { Order } from '../types';
import { RecipeAid } from './RecipeAid';
import { kitchenOrder, waitingSince } from './waiting';

/** The kitchen display: what to make, oldest first, with big buttons for floury fingers. */
export function KitchenScreen() {
  const { t } = useTranslation('staff');
  const { pizzeriaId, picker } = usePizzeria();
  const live = useLiveOrders(pizzeriaId);
  return (
    <StaffScreen
      title={t('kitchen.title')}
      className="kitchen"
      pizzeriaId={pizzeriaId}
      picker={picker}
      aside={<ConnectionBadge state={live} />}
    >
      {(id) => <KitchenQueue pizzeriaId={id} />}
    </StaffScreen>
  );
}

function KitchenQueue({ pizzeriaId }: { pizzeriaId: number }) {
  const { t } = useTranslation('staff');
  const queue = useQuery({
    queryKey: [...ordersKey(pizzeriaId), 'kitchen'],
    queryFn: () => staffApi.kitchenQueue(pizzeriaId),
    refetchInterval: 60_000,
  });
  const now = useNow();
  if (queue.isPending) return <Loading />;
  if (queue.isError) return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  const orders = kitchenOrder(queue.data);
  if (orders.length === 0) return <Empty message={t('kitchen.empty')} />;
  return (
    <ol className="kitchen-queue" aria-label={t('kitchen.queue')}>
      {orders.map((order) => (
        <li key={order.id}>
          <KitchenCard order={order} now={now} pizzeriaId={pizzeriaId} />
        </li>
      ))}
    </ol>
  );
}

function KitchenCard({ order, now, pizzeriaId }: { order: Order; now: Date; pizzeriaId: number }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const [reporting, setReporting] = useState(false);
  const [showRecipes, setShowRecipes] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ordersKey(pizzeriaId) });
  const start = useMutation({ mutationFn: () => staffApi.startPreparation(order.id), onSuccess: refresh });
  const ready = useMutation({ mutationFn: () => staffApi.markReady(order.id), onSuccess: refresh });
  const minutes = minutesSince(waitingSince(order), now);
  const preparing = order.status === 'IN_PREPARATION';
  const failed = start.error ?? ready.error;
  return (
    <article
      className={`kitchen-card ${preparing ? 'preparing' : 'waiting'} urgency-${urgency(minutes)}`}
      aria-label={t('kitchen.card', { number: order.number })}
    >
      <header>
        <span className="order-number">{order.number}</span>
        <span className="waiting-time" title={t('kitchen.waitingFor')}>
          <span className="visually-hidden">{t('kitchen.waitingFor')} </span>
          {formatWaiting(minutes)}
        </span>
      </header>
      <p className="kitchen-meta">
        <span className={`tag ${order.fulfilment.toLowerCase()}`}>{t(`fulfilment.${order.fulfilment}`)}</span>{' '}
        <span className="tag status">{t(`status.${order.status}`)}</span>
      </p>
      <OrderLines lines={order.lines} />
      {failed && <ProblemMessage error={failed} />}
      <div className="kitchen-actions">
        {preparing ? (
          <button
            type="button"
            className="button big primary"
            disabled={ready.isPending}
            onClick={() => ready.mutate()}
          >
            {t('kitchen.ready')}
          </button>
        ) : (
          <button
            type="button"
            className="button big primary"
            disabled={start.isPending}
            onClick={() => start.mutate()}
          >
            {t('kitchen.start')}
          </button>
        )}
        <button
          type="button"
          className="button secondary"
          aria-expanded={showRecipes}
          onClick={() => setShowRecipes((v) => !v)}
        >
          {t('kitchen.recipes')}
        </button>
        {preparing && (
          <button
            type="button"
            className="button secondary"
            aria-expanded={reporting}
            onClick={() => setReporting((v) => !v)}
          >
            {t('kitchen.missing')}
          </button>
        )}
      </div>
      {showRecipes && <RecipeAid lines={order.lines} />}
      {reporting && (
        <MissingIngredientForm orderId={order.id} onDone={() => { setReporting(false); void refresh(); }} />
      )}
    </article>
  );
}

function MissingIngredientForm({ orderId, onDone }: { orderId: string; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const send = useMutation({ mutationFn: () => staffApi.backToQueue(orderId, reason.trim()), onSuccess: onDone });
  const invalid = reason.trim().length === 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!invalid) send.mutate();
  };
  return (
    <form className="missing-form" onSubmit={submit} noValidate>
      <label>
        {t('kitchen.missingLabel')}
        <input
          value={reason}
          maxLength={400}
          autoFocus
          aria-invalid={touched && invalid ? true : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {touched && invalid && <span className="field-error">{t('kitchen.missingRequired')}</span>}
      {send.error && <ProblemMessage error={send.error} />}
      <button type="submit" className="button" disabled={send.isPending}>
        {t('kitchen.sendBack')}
      </button>
    </form>
  );
}
