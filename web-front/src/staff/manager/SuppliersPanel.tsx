import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { DateTime, Empty, ErrorState, Loading, ProblemMessage, SubmitRow, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import { IngredientOptions } from '../common/IngredientOptions';
import type { Ingredient, Supplier, SupplierOrder } from '../types';
import { parseQuantity } from './StockPanel';

const key = (pizzeriaId: number) => ['staff', 'supplier-orders', pizzeriaId];

/** Supplier orders: drafted, sent, then received into stock (in one or several deliveries). */
export function SuppliersPanel({ pizzeriaId }: { pizzeriaId: number }) {
  const { t } = useTranslation('staff');
  const orders = useQuery({ queryKey: key(pizzeriaId), queryFn: () => staffApi.supplierOrders(pizzeriaId) });
  const suppliers = useQuery({ queryKey: ['staff', 'suppliers'], queryFn: staffApi.suppliers });
  const ingredients = useQuery({ queryKey: ['staff', 'ingredients'], queryFn: staffApi.ingredients });
  if (orders.isPending || suppliers.isPending || ingredients.isPending) return <Loading />;
  const failed = orders.error ?? suppliers.error ?? ingredients.error;
  if (failed || !orders.data || !suppliers.data || !ingredients.data) {
    return <ErrorState error={failed} onRetry={() => void orders.refetch()} />;
  }
  const names = new Map(ingredients.data.map((i) => [i.id, i.name]));
  const supplierNames = new Map(suppliers.data.map((s) => [s.id, s.name]));
  return (
    <div className="suppliers-panel">
      <h2>{t('suppliers.orders')}</h2>
      {orders.data.length === 0 ? (
        <Empty message={t('suppliers.none')} />
      ) : (
        <ul className="supplier-orders">
          {[...orders.data].reverse().map((order) => (
            <SupplierOrderItem key={order.id} order={order} pizzeriaId={pizzeriaId} names={names} supplier={supplierNames.get(order.supplierId) ?? ''} />
          ))}
        </ul>
      )}
      <DraftForm pizzeriaId={pizzeriaId} suppliers={suppliers.data} ingredients={ingredients.data} />
    </div>
  );
}

function SupplierOrderItem({
  order,
  pizzeriaId,
  names,
  supplier,
}: {
  order: SupplierOrder;
  pizzeriaId: number;
  names: Map<number, string>;
  supplier: string;
}) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: key(pizzeriaId) });
    void queryClient.invalidateQueries({ queryKey: ['staff', 'stock', pizzeriaId] });
  };
  const base = `/api/stock/pizzerias/${pizzeriaId}/supplier-orders/${order.id}`;
  const send = useMutation({ mutationFn: () => api(`${base}/send`, { method: 'POST' }), onSuccess: refresh });
  const [received, setReceived] = useState<Record<number, string>>(() =>
    Object.fromEntries(
      order.lines.map((l) => [l.ingredientId, String(Math.max(0, Number(l.orderedQuantity) - Number(l.receivedQuantity ?? 0)))]),
    ),
  );
  const [invalid, setInvalid] = useState(false);
  const receive = useMutation({
    mutationFn: (body: unknown) => api(`${base}/receipts`, { method: 'POST', json: body }),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lines = Object.entries(received)
      .map(([id, v]) => ({ ingredientId: Number(id), quantity: parseQuantity(v) }))
      .filter((l) => l.quantity !== 0);
    const bad = lines.some((l) => l.quantity == null) || lines.length === 0;
    setInvalid(bad);
    if (!bad) receive.mutate({ lines });
  };
  const open = order.status === 'SENT' || order.status === 'PARTIALLY_RECEIVED';
  return (
    <li className={`supplier-order ${order.status.toLowerCase()}`}>
      <p>
        <strong>
          {t('suppliers.order', { id: order.id })} — {supplier}
        </strong>{' '}
        <span className="tag">{t(`suppliers.status.${order.status}`)}</span> <DateTime value={order.createdAt} />
      </p>
      <form onSubmit={submit} noValidate>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('stock.ingredient')}</th>
              <th scope="col">{t('suppliers.ordered')}</th>
              <th scope="col">{t('suppliers.received')}</th>
              {open && <th scope="col">{t('suppliers.receivingNow')}</th>}
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.ingredientId}>
                <th scope="row">{names.get(line.ingredientId) ?? line.ingredientId}</th>
                <td>{line.orderedQuantity}</td>
                <td>{line.receivedQuantity ?? 0}</td>
                {open && (
                  <td>
                    <input
                      inputMode="decimal"
                      aria-label={t('suppliers.receivingOf', { name: names.get(line.ingredientId) ?? '' })}
                      value={received[line.ingredientId] ?? ''}
                      onChange={(e) => setReceived({ ...received, [line.ingredientId]: e.target.value })}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {invalid && <p className="field-error">{t('stock.invalidQuantity')}</p>}
        {(send.error || receive.error) && <ProblemMessage error={send.error ?? receive.error} />}
        {order.status === 'DRAFT' && (
          <button type="button" className="button" disabled={send.isPending} onClick={() => send.mutate()}>
            {t('suppliers.send')}
          </button>
        )}
        {open && (
          <button type="submit" className="button primary" disabled={receive.isPending}>
            {t('suppliers.receive')}
          </button>
        )}
      </form>
    </li>
  );
}

interface DraftLine {
  ingredientId: string;
  quantity: string;
  unitCost: string;
}

function DraftForm({ pizzeriaId, suppliers, ingredients }: { pizzeriaId: number; suppliers: Supplier[]; ingredients: Ingredient[] }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const empty: DraftLine = { ingredientId: '', quantity: '', unitCost: '' };
  const [supplierId, setSupplierId] = useState('');
  const [lines, setLines] = useState<DraftLine[]>([empty]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const draft = useMutation({
    mutationFn: (body: unknown) => api(`/api/stock/pizzerias/${pizzeriaId}/supplier-orders`, { method: 'POST', json: body }),
    onSuccess: () => {
      setLines([empty]);
      void queryClient.invalidateQueries({ queryKey: key(pizzeriaId) });
    },
  });
  const serverErrors = useProblemFieldErrors(draft.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!supplierId) found.supplierId = t('suppliers.chooseSupplier');
    lines.forEach((l, i) => {
      if (!l.ingredientId) found[`lines[${i}].ingredientId`] = t('stock.chooseIngredient');
      const q = parseQuantity(l.quantity);
      if (q == null || q <= 0) found[`lines[${i}].quantity`] = t('stock.invalidQuantity');
      if (parseQuantity(l.unitCost) == null) found[`lines[${i}].unitCost`] = t('stock.invalidQuantity');
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    draft.mutate({
      supplierId: Number(supplierId),
      lines: lines.map((l) => ({
        ingredientId: Number(l.ingredientId),
        quantity: parseQuantity(l.quantity),
        unitCost: parseQuantity(l.unitCost),
      })),
    });
  };
  const error = (name: string) => errors[name] ?? serverErrors[name];
  return (
    <form className="draft-form" onSubmit={submit} noValidate aria-labelledby="draft-title">
      <h2 id="draft-title">{t('suppliers.newOrder')}</h2>
      <label>
        {t('suppliers.supplier')}
        <select value={supplierId} aria-invalid={error('supplierId') ? true : undefined} onChange={(e) => setSupplierId(e.target.value)}>
          <option value="">{t('suppliers.chooseSupplier')}</option>
          {suppliers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        {error('supplierId') && <span className="field-error">{error('supplierId')}</span>}
      </label>
      {lines.map((line, i) => (
        <fieldset key={i} className="draft-line">
          <legend>{t('suppliers.line', { n: i + 1 })}</legend>
          <label>
            {t('stock.ingredient')}
            <select
              value={line.ingredientId}
              aria-invalid={error(`lines[${i}].ingredientId`) ? true : undefined}
              onChange={(e) => {
                const chosen = ingredients.find((x) => x.id === Number(e.target.value));
                setLines(lines.map((l, j) => (j === i ? { ...l, ingredientId: e.target.value, unitCost: l.unitCost || String(chosen?.unitCost ?? '') } : l)));
              }}
            >
              <IngredientOptions ingredients={ingredients} />
            </select>
            {error(`lines[${i}].ingredientId`) && <span className="field-error">{error(`lines[${i}].ingredientId`)}</span>}
          </label>
          <label>
            {t('stock.quantity')}
            <input inputMode="decimal" value={line.quantity} aria-invalid={error(`lines[${i}].quantity`) ? true : undefined} onChange={(e) => setLines(lines.map((l, j) => (j === i ? { ...l, quantity: e.target.value } : l)))} />
            {error(`lines[${i}].quantity`) && <span className="field-error">{error(`lines[${i}].quantity`)}</span>}
          </label>
          <label>
            {t('stock.unitCost')}
            <input inputMode="decimal" value={line.unitCost} aria-invalid={error(`lines[${i}].unitCost`) ? true : undefined} onChange={(e) => setLines(lines.map((l, j) => (j === i ? { ...l, unitCost: e.target.value } : l)))} />
            {error(`lines[${i}].unitCost`) && <span className="field-error">{error(`lines[${i}].unitCost`)}</span>}
          </label>
          {lines.length > 1 && (
            <button type="button" className="button link" onClick={() => setLines(lines.filter((_, j) => j !== i))}>
              {t('suppliers.removeLine')}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" className="button secondary" onClick={() => setLines([...lines, empty])}>
        {t('suppliers.addLine')}
      </button>
      <SubmitRow mutation={draft}>
        {t('suppliers.createDraft')}
      </SubmitRow>
    </form>
  );
}
