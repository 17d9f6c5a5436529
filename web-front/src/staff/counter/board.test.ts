import { describe, expect, it } from 'vitest';
import type { Order } from '../types';
import { columns, counterActions, sentBackReason } from './board';

function order(overrides: Partial<Order>): Order {
  return {
    id: 'o',
    number: '1-20261127-001',
    pizzeriaId: 1,
    channel: 'PHONE',
    fulfilment: 'TAKEAWAY',
    status: 'RECEIVED',
    paymentMethod: 'CASH',
    paymentStatus: 'PENDING',
    finished: false,
    customer: { id: 'c', name: 'Chloé Dubois', phone: '+33612345678' },
    deliveryAddress: null,
    lines: [],
    deliveryFee: 0,
    totalExclVat: 10,
    vatByRate: {},
    totalInclVat: 11,
    amountPaid: 0,
    amountDue: 11,
    courierId: null,
    rejectionReason: null,
    placedAt: '2026-11-27T18:00:00Z',
    estimatedReadyAt: null,
    estimatedDeliveryAt: null,
    history: [],
    ...overrides,
  };
}

describe('counter board', () => {
  it('sorts orders into their columns, oldest first, awaiting payment with the received ones', () => {
    const board = columns([
      order({ id: 'b', status: 'RECEIVED', placedAt: '2026-11-27T18:05:00Z' }),
      order({ id: 'a', status: 'AWAITING_PAYMENT', placedAt: '2026-11-27T18:01:00Z' }),
      order({ id: 'c', status: 'READY' }),
      order({ id: 'd', status: 'OUT_FOR_DELIVERY', fulfilment: 'DELIVERY' }),
    ]);
    expect(board.map((c) => [c.key, c.orders.map((o) => o.id)])).toEqual([
      ['received', ['a', 'b']],
      ['preparing', []],
      ['ready', ['c']],
      ['onTheRoad', ['d']],
    ]);
  });

  it('offers hand-over only for a ready takeaway, cancel only before preparation', () => {
    expect(counterActions(order({ status: 'READY' }))).toMatchObject({ handOver: true, cancel: false, sendOut: false });
    expect(counterActions(order({ status: 'READY', fulfilment: 'DELIVERY' }))).toMatchObject({ handOver: false, sendOut: true });
    expect(counterActions(order({ status: 'RECEIVED' }))).toMatchObject({ cancel: true, recordPayment: true });
    expect(counterActions(order({ status: 'IN_PREPARATION' })).cancel).toBe(false);
  });

  it('takes no in-person payment for an online one or a paid order', () => {
    expect(counterActions(order({ paymentMethod: 'ONLINE_CARD' })).recordPayment).toBe(false);
    expect(counterActions(order({ amountDue: 0, paymentStatus: 'PAID' })).recordPayment).toBe(false);
    expect(counterActions(order({ status: 'AWAITING_PAYMENT' })).recordPayment).toBe(false);
  });

  it('shows why the kitchen sent an order back while it waits for the counter', () => {
    const sentBack = order({
      history: [
        { at: '2026-11-27T18:00:00Z', actor: 'system', from: 'PENDING', to: 'RECEIVED', reason: null },
        { at: '2026-11-27T18:02:00Z', actor: 'p', from: 'RECEIVED', to: 'IN_PREPARATION', reason: null },
        { at: '2026-11-27T18:04:00Z', actor: 'p', from: 'IN_PREPARATION', to: 'RECEIVED', reason: 'missing ingredient: champignons' },
      ],
    });
    expect(sentBackReason(sentBack)).toBe('missing ingredient: champignons');
    expect(sentBackReason(order({}))).toBeNull();
  });
});
