import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SubmitRow, useProblemFieldErrors } from '../../ui';
import { formatQuantity } from '../kitchen/recipe';
import type { StockLine, StockView } from '../types';
import { managerApi } from './managerApi';
import { thresholdChanges, typedThreshold, type ThresholdChange } from './thresholds';

/**
 * The low-stock threshold of each ingredient: the manager changes the ones they want, only those
 * are sent, and the stock table shows at once which ingredients are now below theirs.
 */
export function ThresholdsForm({ pizzeriaId, lines, stockKey }: { pizzeriaId: number; lines: StockLine[]; stockKey: unknown[] }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState<Record<number, string>>({});
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [nothingChanged, setNothingChanged] = useState(false);
  const [sent, setSent] = useState<ThresholdChange[]>([]);
  const save = useMutation({
    mutationFn: (changes: ThresholdChange[]) => managerApi.changeThresholds(pizzeriaId, changes),
    onSuccess: (view: StockView) => {
      setTyped({});
      // The service answers the stock as it now stands: no need to ask for it again.
      queryClient.setQueryData(stockKey, view);
      void queryClient.invalidateQueries({ queryKey: ['staff', 'dashboard', 'low-stock'] });
    },
  });
  const serverErrors = useProblemFieldErrors(save.error);
  // The service names the line it refused (lines[2].threshold): back to that line's ingredient.
  const serverError = (ingredientId: number): string | undefined => {
    const index = sent.findIndex((c) => c.ingredientId === ingredientId);
    return index < 0 ? undefined : serverErrors[`lines[${index}].threshold`] ?? serverErrors[`lines[${index}].ingredientId`];
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { changes, errors: found } = thresholdChanges(lines, typed);
    setErrors(found);
    setNothingChanged(Object.keys(found).length === 0 && changes.length === 0);
    if (Object.keys(found).length > 0 || changes.length === 0) return;
    setSent(changes);
    save.mutate(changes);
  };
  return (
    <form className="thresholds-form" onSubmit={submit} noValidate aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">{t('manager.thresholds.title')}</h2>
      <p className="hint">{t('manager.thresholds.hint')}</p>
      <table className="stock-table">
        <thead>
          <tr>
            <th scope="col">{t('stock.ingredient')}</th>
            <th scope="col">{t('stock.quantity')}</th>
            <th scope="col">{t('manager.thresholds.current')}</th>
            <th scope="col">{t('manager.thresholds.new')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const error = errors[line.ingredientId] ? t(errors[line.ingredientId]) : serverError(line.ingredientId);
            const errorId = `threshold-error-${line.ingredientId}`;
            return (
              <tr key={line.ingredientId} className={line.low ? 'low' : undefined}>
                <th scope="row">{line.name}</th>
                <td>{formatQuantity(Number(line.quantity), line.unit)}</td>
                <td>{formatQuantity(Number(line.threshold), line.unit)}</td>
                <td>
                  <input
                    inputMode="decimal"
                    aria-label={t('manager.thresholds.of', { name: line.name, unit: t(`unit.${line.unit}`) })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    placeholder={typedThreshold(line.threshold)}
                    value={typed[line.ingredientId] ?? ''}
                    onChange={(e) => setTyped({ ...typed, [line.ingredientId]: e.target.value })}
                  />
                  {error && (
                    <span id={errorId} className="field-error">
                      {error}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {nothingChanged && <p role="status">{t('manager.thresholds.nothingChanged')}</p>}
      <SubmitRow mutation={save} done={t('manager.thresholds.saved', { count: sent.length })}>
        {t('manager.thresholds.save')}
      </SubmitRow>
    </form>
  );
}
