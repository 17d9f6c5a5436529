import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { Empty, Money, QueryFallback, SubmitRow, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import { IngredientOptions } from '../common/IngredientOptions';
import type { StockLine } from '../types';
import { formatQuantity } from '../kitchen/recipe';
import { MovementsPanel } from './MovementsPanel';
import { ThresholdsForm } from './ThresholdsForm';

export const stockKey = (pizzeriaId: number) => ['staff', 'stock', pizzeriaId];

/** Parses a quantity typed with a comma or a dot; null when it is not a non-negative number. */
export function parseQuantity(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,3})?$/.test(normalised)) return null;
  return Number(normalised);
}

/**
 * The pizzeria's stock, low lines first, with waste and an inventory count, the low-stock
 * thresholds and the history of every movement.
 */
export function StockPanel({ pizzeriaId }: { pizzeriaId: number }) {
  const { t } = useTranslation('staff');
  const stock = useQuery({ queryKey: stockKey(pizzeriaId), queryFn: () => staffApi.stock(pizzeriaId) });
  if (!stock.isSuccess) return <QueryFallback query={stock} />;
  const lines = [...stock.data.ingredients].sort((a, b) => Number(b.low) - Number(a.low) || a.name.localeCompare(b.name));
  if (lines.length === 0) return <Empty message={t('stock.empty')} />;
  return (
    <div className="stock-panel">
      <p role="status" className={stock.data.lowCount > 0 ? 'low-summary' : undefined}>
        {t('stock.lowCount', { count: stock.data.lowCount })}
      </p>
      <InventoryForm pizzeriaId={pizzeriaId} lines={lines} />
      <WasteForm pizzeriaId={pizzeriaId} lines={lines} />
      <ThresholdsForm pizzeriaId={pizzeriaId} lines={lines} stockKey={stockKey(pizzeriaId)} />
      <MovementsPanel pizzeriaId={pizzeriaId} lines={lines} stockKey={stockKey(pizzeriaId)} />
    </div>
  );
}

function InventoryForm({ pizzeriaId, lines }: { pizzeriaId: number; lines: StockLine[] }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const [counted, setCounted] = useState<Record<number, string>>({});
  const [errors, setErrors] = useState<Record<number, boolean>>({});
  const save = useMutation({
    mutationFn: (body: unknown) => api(`/api/stock/pizzerias/${pizzeriaId}/inventory`, { method: 'POST', json: body }),
    onSuccess: () => {
      setCounted({});
      void queryClient.invalidateQueries({ queryKey: stockKey(pizzeriaId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const entries = Object.entries(counted).filter(([, v]) => v.trim() !== '');
    const bad: Record<number, boolean> = {};
    const body = entries.map(([id, v]) => {
      const q = parseQuantity(v);
      if (q == null) bad[Number(id)] = true;
      return { ingredientId: Number(id), countedQuantity: q };
    });
    setErrors(bad);
    if (entries.length > 0 && Object.keys(bad).length === 0) save.mutate({ lines: body });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="stock-title">
      <h2 id="stock-title">{t('stock.title')}</h2>
      <table className="stock-table">
        <thead>
          <tr>
            <th scope="col">{t('stock.ingredient')}</th>
            <th scope="col">{t('stock.quantity')}</th>
            <th scope="col">{t('stock.threshold')}</th>
            <th scope="col">{t('stock.unitCost')}</th>
            <th scope="col">{t('stock.counted')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.ingredientId} className={line.low ? 'low' : undefined}>
              <th scope="row">
                {line.name} {line.low && <span className="tag low">{t('stock.low')}</span>}
              </th>
              <td>{formatQuantity(Number(line.quantity), line.unit)}</td>
              <td>{formatQuantity(Number(line.threshold), line.unit)}</td>
              <td>
                <Money value={line.unitCost} />
              </td>
              <td>
                <input
                  inputMode="decimal"
                  aria-label={t('stock.countedOf', { name: line.name })}
                  aria-invalid={errors[line.ingredientId] ? true : undefined}
                  value={counted[line.ingredientId] ?? ''}
                  onChange={(e) => setCounted({ ...counted, [line.ingredientId]: e.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {Object.keys(errors).length > 0 && <p className="field-error">{t('stock.invalidQuantity')}</p>}
      <SubmitRow mutation={save} done={t('stock.countSaved')}>
        {t('stock.saveCount')}
      </SubmitRow>
    </form>
  );
}

function WasteForm({ pizzeriaId, lines }: { pizzeriaId: number; lines: StockLine[] }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const [ingredientId, setIngredientId] = useState('');
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const waste = useMutation({
    mutationFn: (body: unknown) => api(`/api/stock/pizzerias/${pizzeriaId}/waste`, { method: 'POST', json: body }),
    onSuccess: () => {
      setQuantity('');
      setNote('');
      void queryClient.invalidateQueries({ queryKey: stockKey(pizzeriaId) });
    },
  });
  const serverErrors = useProblemFieldErrors(waste.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const q = parseQuantity(quantity);
    if (!ingredientId) found.ingredient = t('stock.chooseIngredient');
    if (q == null || q <= 0) found.quantity = t('stock.invalidQuantity');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const unit = lines.find((l) => l.ingredientId === Number(ingredientId))?.unit;
    waste.mutate({ lines: [{ ingredientId: Number(ingredientId), quantity: q, unit, note: note.trim() || null }] });
  };
  return (
    <form className="waste-form" onSubmit={submit} noValidate aria-labelledby="waste-title">
      <h2 id="waste-title">{t('stock.waste')}</h2>
      <label>
        {t('stock.ingredient')}
        <select value={ingredientId} aria-invalid={errors.ingredient ? true : undefined} onChange={(e) => setIngredientId(e.target.value)}>
          <IngredientOptions ingredients={lines.map((l) => ({ id: l.ingredientId, name: l.name, unit: l.unit }))} />
        </select>
        {errors.ingredient && <span className="field-error">{errors.ingredient}</span>}
      </label>
      <label>
        {t('stock.quantity')}
        <input inputMode="decimal" value={quantity} aria-invalid={errors.quantity || serverErrors['lines[0].quantity'] ? true : undefined} onChange={(e) => setQuantity(e.target.value)} />
        {(errors.quantity || serverErrors['lines[0].quantity']) && (
          <span className="field-error">{errors.quantity ?? serverErrors['lines[0].quantity']}</span>
        )}
      </label>
      <label>
        {t('stock.note')}
        <input value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
      </label>
      <SubmitRow mutation={waste} done={t('stock.wasteSaved')} className="button">
        {t('stock.recordWaste')}
      </SubmitRow>
    </form>
  );
}
