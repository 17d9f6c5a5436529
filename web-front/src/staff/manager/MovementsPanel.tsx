import { useId, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DateTime, Empty, Money, QueryFallback } from '../../ui';
import { formatQuantity } from '../kitchen/recipe';
import type { StockLine } from '../types';
import { managerApi, MOVEMENT_REASONS, type Movement } from './managerApi';
import { filterErrors, movementQuery, movementValue, NO_FILTER, type MovementFilters } from './movements';

const PAGE_SIZE = 20;

/**
 * The history of the pizzeria's stock, newest first: supplier deliveries, waste, inventory
 * corrections and what orders reserved or gave back, filtered by ingredient, reason and days, page
 * by page.
 */
export function MovementsPanel({ pizzeriaId, lines, stockKey }: { pizzeriaId: number; lines: StockLine[]; stockKey: unknown[] }) {
  const { t } = useTranslation('staff');
  const [filters, setFilters] = useState<MovementFilters>(NO_FILTER);
  const [page, setPage] = useState(0);
  const errors = filterErrors(filters);
  const valid = Object.keys(errors).length === 0;
  const request = movementQuery(filters, page, PAGE_SIZE);
  const movements = useQuery({
    // Under the stock's key: whatever refreshes the stock (waste, a count) refreshes its history.
    queryKey: [...stockKey, 'movements', request],
    queryFn: () => managerApi.movements(pizzeriaId, request),
    enabled: valid,
    placeholderData: keepPreviousData,
  });
  const change = (next: Partial<MovementFilters>) => {
    setFilters({ ...filters, ...next });
    setPage(0);
  };
  const id = useId();
  const pages = movements.data ? Math.max(1, Math.ceil(movements.data.totalItems / PAGE_SIZE)) : 1;
  return (
    <section className="movements" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('manager.movements.title')}</h2>
      <div className="movement-filters" role="group" aria-label={t('manager.movements.filters')}>
        <label htmlFor={`${id}-ingredient`}>{t('stock.ingredient')}</label>
        <select id={`${id}-ingredient`} value={filters.ingredientId} onChange={(e) => change({ ingredientId: e.target.value })}>
          <option value="">{t('manager.movements.allIngredients')}</option>
          {[...lines].sort((a, b) => a.name.localeCompare(b.name)).map((l) => (
            <option key={l.ingredientId} value={l.ingredientId}>
              {l.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-reason`}>{t('manager.movements.reason')}</label>
        <select
          id={`${id}-reason`}
          value={filters.reason}
          onChange={(e) => change({ reason: e.target.value as MovementFilters['reason'] })}
        >
          <option value="">{t('manager.movements.allReasons')}</option>
          {MOVEMENT_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {t(`manager.movements.reasons.${reason}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-from`}>{t('manager.movements.from')}</label>
        <input id={`${id}-from`} type="date" value={filters.from} onChange={(e) => change({ from: e.target.value })} />
        <label htmlFor={`${id}-to`}>{t('manager.movements.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to}
          aria-invalid={errors.to ? true : undefined}
          aria-describedby={errors.to ? `${id}-to-error` : undefined}
          onChange={(e) => change({ to: e.target.value })}
        />
        {errors.to && (
          <span id={`${id}-to-error`} className="field-error">
            {t(errors.to)}
          </span>
        )}
        {(filters.ingredientId || filters.reason || filters.from || filters.to) && (
          <button type="button" className="button link" onClick={() => change(NO_FILTER)}>
            {t('manager.movements.clear')}
          </button>
        )}
      </div>
      {!valid ? null : !movements.isSuccess ? (
        <QueryFallback query={movements} />
      ) : movements.data.totalItems === 0 ? (
        <Empty message={t('manager.movements.none')} />
      ) : (
        <>
          <p className="movement-count" role="status">
            {t('manager.movements.count', { count: movements.data.totalItems })}
          </p>
          <MovementTable movements={movements.data.items} />
          {pages > 1 && (
            <nav className="pager" aria-label={t('manager.movements.pages')}>
              <button type="button" className="button secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('manager.movements.previous')}
              </button>
              <span>{t('manager.movements.page', { page: page + 1, pages })}</span>
              <button
                type="button"
                className="button secondary"
                disabled={page + 1 >= pages || movements.isPlaceholderData}
                onClick={() => setPage(page + 1)}
              >
                {t('manager.movements.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

function MovementTable({ movements }: { movements: Movement[] }) {
  const { t } = useTranslation('staff');
  return (
    <table className="movement-table">
      <thead>
        <tr>
          <th scope="col">{t('manager.movements.when')}</th>
          <th scope="col">{t('stock.ingredient')}</th>
          <th scope="col">{t('manager.movements.reason')}</th>
          <th scope="col">{t('stock.quantity')}</th>
          <th scope="col">{t('manager.movements.value')}</th>
          <th scope="col">{t('manager.movements.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {movements.map((m) => {
          const quantity = Number(m.quantity);
          return (
            <tr key={m.id} data-reason={m.reason}>
              <td>
                <DateTime value={m.occurredAt} />
              </td>
              <th scope="row">{m.ingredientName}</th>
              <td>{t(`manager.movements.reasons.${m.reason}`, { defaultValue: m.reason })}</td>
              <td className={quantity < 0 ? 'quantity-down' : 'quantity-up'}>
                {quantity > 0 ? '+' : quantity < 0 ? '\u2212' : ''}
                {formatQuantity(Math.abs(quantity), m.unit)}
              </td>
              <td>
                <Money value={movementValue(quantity, m.unitCost)} />
              </td>
              <td>
                {m.supplierOrderId != null && <span>{t('manager.movements.supplierOrder', { id: m.supplierOrderId })}</span>}
                {m.orderId && <span title={m.orderId}>{t('manager.movements.order', { id: m.orderId.slice(0, 8) })}</span>}
                {m.note && <span className="note">{m.note}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
