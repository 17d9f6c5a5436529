import { describe, expect, it } from 'vitest';
import { canChange, timeline } from './timeline';
import type { StatusChange } from '../api/types';

const at = (to: StatusChange['to'], time: string): StatusChange => ({
  to,
  at: `2026-11-27T19:${time}:00Z`,
  from: null,
  actor: null,
  reason: null,
});

describe('status timeline', () => {
  it('shows a delivery in preparation with what is done and what is to come', () => {
    const steps = timeline({
      status: 'IN_PREPARATION',
      fulfilment: 'DELIVERY',
      history: [at('RECEIVED', '00'), at('IN_PREPARATION', '05')],
    });

    expect(steps.map((s) => [s.status, s.state])).toEqual([
      ['RECEIVED', 'done'],
      ['IN_PREPARATION', 'current'],
      ['READY', 'upcoming'],
      ['OUT_FOR_DELIVERY', 'upcoming'],
      ['DELIVERED', 'upcoming'],
    ]);
    expect(steps[1].at).toBe('2026-11-27T19:05:00Z');
  });

  it('ends a takeaway with its collection, not a delivery', () => {
    const steps = timeline({ status: 'READY', fulfilment: 'TAKEAWAY', history: [] });

    expect(steps.map((s) => s.status)).toEqual(['RECEIVED', 'IN_PREPARATION', 'READY', 'COLLECTED']);
  });

  it('starts with the payment when the customer pays online', () => {
    const steps = timeline({ status: 'AWAITING_PAYMENT', fulfilment: 'DELIVERY', history: [at('AWAITING_PAYMENT', '00')] });

    expect(steps[0]).toMatchObject({ status: 'AWAITING_PAYMENT', state: 'current' });
    expect(steps[1]).toMatchObject({ status: 'RECEIVED', state: 'upcoming' });
  });

  it('shows a cancelled order stopped after the steps it reached', () => {
    const steps = timeline({
      status: 'CANCELLED',
      fulfilment: 'DELIVERY',
      history: [at('RECEIVED', '00'), at('CANCELLED', '02')],
    });

    expect(steps.map((s) => [s.status, s.state])).toEqual([
      ['RECEIVED', 'done'],
      ['CANCELLED', 'stopped'],
    ]);
  });

  it('lets the customer change or cancel only before preparation starts', () => {
    expect(canChange({ status: 'AWAITING_PAYMENT' })).toBe(true);
    expect(canChange({ status: 'RECEIVED' })).toBe(true);
    expect(canChange({ status: 'IN_PREPARATION' })).toBe(false);
    expect(canChange({ status: 'DELIVERED' })).toBe(false);
  });
});
