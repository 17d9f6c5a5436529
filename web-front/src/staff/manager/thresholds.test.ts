import { describe, expect, it } from 'vitest';
import type { StockLine } from '../types';
import { thresholdChanges, typedThreshold } from './thresholds';

const line = (ingredientId: number, unit: StockLine['unit'], threshold: number): StockLine => ({
  ingredientId,
  name: `#${ingredientId}`,
  unit,
  quantity: 100,
  threshold,
  low: false,
  unitCost: 0.01,
});

describe('low-stock thresholds', () => {
  const lines = [line(1, 'GRAM', 500), line(2, 'PIECE', 10), line(3, 'MILLILITRE', 200)];

  it('sends only the thresholds typed and different from the current ones', () => {
    expect(thresholdChanges(lines, { 1: '750,5', 2: '10', 3: ' ' })).toEqual({
      changes: [{ ingredientId: 1, threshold: 750.5 }],
      errors: {},
    });
  });

  it('refuses text, negative values and half pieces', () => {
    expect(thresholdChanges(lines, { 1: 'beaucoup', 2: '2,5', 3: '-1' }).errors).toEqual({
      1: 'manager.thresholds.invalid',
      2: 'manager.thresholds.wholePieces',
      3: 'manager.thresholds.invalid',
    });
  });

  it('writes a threshold back the French way', () => {
    expect(typedThreshold(2.5)).toBe('2,5');
    expect(typedThreshold(12000)).toBe('12000');
  });
});
