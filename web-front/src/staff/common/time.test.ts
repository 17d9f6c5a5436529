import { describe, expect, it } from 'vitest';
import { formatWaiting, minutesSince, parisDate, urgency } from './time';

describe('waiting times', () => {
  it('counts whole minutes since the order arrived', () => {
    const now = new Date('2026-11-27T19:30:00Z');
    expect(minutesSince('2026-11-27T19:17:59Z', now)).toBe(12);
    expect(minutesSince('2026-11-27T19:30:30Z', now)).toBe(0);
  });

  it('reads minutes under an hour and hours with padded minutes beyond', () => {
    expect(formatWaiting(0)).toBe('0 min');
    expect(formatWaiting(59)).toBe('59 min');
    expect(formatWaiting(65)).toBe('1 h 05');
    expect(formatWaiting(130)).toBe('2 h 10');
  });

  it('turns late past twenty minutes and waiting past ten', () => {
    expect(urgency(9)).toBe('fresh');
    expect(urgency(10)).toBe('waiting');
    expect(urgency(20)).toBe('late');
  });

  it('gives the Paris date, not the UTC one, late in the evening', () => {
    expect(parisDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
