import { describe, expect, it } from 'vitest';
import { formatChange, periodErrors, periodQuery } from './period';

describe('dashboard period', () => {
  it('asks for a day, week or month by its date, and for the pizzeria chosen', () => {
    expect(periodQuery({ kind: 'WEEK', date: '2026-11-27' }, 3)).toBe('period=WEEK&date=2026-11-27&pizzeriaId=3');
    expect(periodQuery({ kind: 'DAY', date: '2026-11-27' }, null)).toBe('period=DAY&date=2026-11-27');
  });

  it('asks for a custom period by its bounds', () => {
    expect(periodQuery({ kind: 'CUSTOM', date: '2026-11-27', from: '2026-11-01', to: '2026-11-15' })).toBe(
      'period=CUSTOM&from=2026-11-01&to=2026-11-15',
    );
  });

  it('refuses a custom period without bounds or ending before it starts', () => {
    expect(periodErrors({ kind: 'CUSTOM', date: '' })).toEqual({
      from: 'manager.period.required',
      to: 'manager.period.required',
    });
    expect(periodErrors({ kind: 'CUSTOM', date: '', from: '2026-11-15', to: '2026-11-01' })).toEqual({
      to: 'manager.period.toBeforeFrom',
    });
    expect(periodErrors({ kind: 'DAY', date: '2026-11-27' })).toEqual({});
  });

  it('signs changes and writes them the French way', () => {
    expect(formatChange(12.5)).toBe('+12,5\u00a0%');
    expect(formatChange(-3)).toBe('\u22123\u00a0%');
    expect(formatChange(0)).toBe('0\u00a0%');
    expect(formatChange(undefined)).toBeNull();
  });
});
