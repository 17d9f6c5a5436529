import { describe, expect, it } from 'vitest';
import { movementSearch } from './managerApi';
import { filterErrors, movementQuery, movementValue, nextDay, NO_FILTER, parisDayStart } from './movements';

describe('stock movements filters', () => {
  it('starts a Paris day at 23:00 UTC in winter and 22:00 UTC in summer', () => {
    expect(parisDayStart('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(parisDayStart('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    // The day the clocks go forward still starts at midnight, winter time.
    expect(parisDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
  });

  it('moves to the next day across months and years', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('includes the last day chosen whole and leaves out what was not chosen', () => {
    const query = movementQuery({ ingredientId: '7', reason: 'WASTE', from: '2026-11-01', to: '2026-11-30' }, 2, 20);
    expect(movementSearch(query)).toBe(
      'ingredientId=7&reason=WASTE&from=2026-10-31T23%3A00%3A00.000Z&to=2026-11-30T23%3A00%3A00.000Z&page=2&size=20',
    );
    expect(movementSearch(movementQuery(NO_FILTER, 0, 20))).toBe('page=0&size=20');
  });

  it('refuses a period that ends before it starts, and accepts a single day', () => {
    expect(filterErrors({ ...NO_FILTER, from: '2026-11-10', to: '2026-11-09' })).toEqual({ to: 'manager.movements.toBeforeFrom' });
    expect(filterErrors({ ...NO_FILTER, from: '2026-11-10', to: '2026-11-10' })).toEqual({});
  });

  it('values a movement at its unit cost, signed like its quantity', () => {
    expect(movementValue(-250, 0.012)).toBe(-3);
    expect(movementValue(1000, 0.0065)).toBe(6.5);
  });
});
