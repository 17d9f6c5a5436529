import type { StockLine } from '../types';
import { parseQuantity } from './StockPanel';

export interface ThresholdChange {
  ingredientId: number;
  threshold: number;
}

/** The most a threshold may be, as the stock service accepts it. */
const MAX_THRESHOLD = 1_000_000;

/**
 * The thresholds a manager changed, ready to send, or what is wrong with each typed value (by
 * ingredient id, as an i18n key). Untouched and unchanged values are left out; pieces are whole.
 */
export function thresholdChanges(
  lines: StockLine[],
  typed: Record<number, string>,
): { changes: ThresholdChange[]; errors: Record<number, string> } {
  const changes: ThresholdChange[] = [];
  const errors: Record<number, string> = {};
  for (const line of lines) {
    const text = typed[line.ingredientId];
    if (text === undefined || text.trim() === '') continue;
    const value = parseQuantity(text);
    if (value == null || value > MAX_THRESHOLD) {
      errors[line.ingredientId] = 'manager.thresholds.invalid';
    } else if (line.unit === 'PIECE' && !Number.isInteger(value)) {
      errors[line.ingredientId] = 'manager.thresholds.wholePieces';
    } else if (value !== Number(line.threshold)) {
      changes.push({ ingredientId: line.ingredientId, threshold: value });
    }
  }
  return { changes, errors };
}

/** A threshold as the manager types it back: "2,5", "500". */
export function typedThreshold(value: number, locale = 'fr-FR'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3, useGrouping: false }).format(Number(value));
}
