import { describe, expect, it } from 'vitest';
import type { Order } from '../types';
import { kitchenOrder, waitingSince } from './waiting';

const base = { placedAt: '2026-11-27T18:00:00Z', history: [] } as unknown as Order;

describe('kitchen queue', () => {
  it('counts the wait from the last arrival in the queue, so a sent-back order waits anew', () => {
    const order = {
      ...base,
      history: [
        { at: '2026-11-27T18:00:05Z', actor: 's', from: 'PENDING', to: 'RECEIVED', reason: null },
        { at: '2026-11-27T18:03:00Z', actor: 'p', from: 'RECEIVED', to: 'IN_PREPARATION', reason: null },
        { at: '2026-11-27T18:06:00Z', actor: 'p', from: 'IN_PREPARATION', to: 'RECEIVED', reason: 'x' },
      ],
    } as Order;
    expect(waitingSince(order)).toBe('2026-11-27T18:06:00Z');
    expect(waitingSince(base)).toBe('2026-11-27T18:00:00Z');
  });

  it('puts the order placed first at the head of the queue', () => {
    const later = { ...base, id: 'later', placedAt: '2026-11-27T18:10:00Z' } as Order;
    const earlier = { ...base, id: 'earlier', placedAt: '2026-11-27T18:01:00Z' } as Order;
    expect(kitchenOrder([later, earlier]).map((o) => o.id)).toEqual(['earlier', 'later']);
  });
});
