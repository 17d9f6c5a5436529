import type { Order, OrderStatus } from '../api/types';

export type StepState = 'done' | 'current' | 'upcoming' | 'stopped';
export type Step = { status: OrderStatus; state: StepState; at?: string };

const DELIVERY: OrderStatus[] = ['RECEIVED', 'IN_PREPARATION', 'READY', 'OUT_FOR_DELIVERY', 'DELIVERED'];
const TAKEAWAY: OrderStatus[] = ['RECEIVED', 'IN_PREPARATION', 'READY', 'COLLECTED'];
const STOPPED: OrderStatus[] = ['CANCELLED', 'REJECTED', 'INCIDENT'];

/** The customer may still change or cancel the order: preparation has not started. */
export function canChange(order: Pick<Order, 'status'>): boolean {
  return order.status === 'AWAITING_PAYMENT' || order.status === 'RECEIVED';
}

/**
 * The steps the order goes through, each done, current or still to come, with the time it was
 * reached (the last time, if the order went back to the queue). A cancelled or rejected order
 * shows the steps it reached, then how it stopped.
 */
export function timeline(order: Pick<Order, 'status' | 'fulfilment' | 'history'>): Step[] {
  const path = [...(order.fulfilment === 'TAKEAWAY' ? TAKEAWAY : DELIVERY)];
  const reached = new Map<OrderStatus, string>();
  for (const change of order.history ?? []) {
    reached.set(change.to, change.at);
  }
  if (order.status === 'AWAITING_PAYMENT' || reached.has('AWAITING_PAYMENT')) {
    path.unshift('AWAITING_PAYMENT');
  }
  if (STOPPED.includes(order.status)) {
    const steps: Step[] = path
      .filter((status) => reached.has(status))
      .map((status) => ({ status, state: 'done', at: reached.get(status) }));
    steps.push({ status: order.status, state: 'stopped', at: reached.get(order.status) });
    return steps;
  }
  const current = path.indexOf(order.status);
  return path.map((status, index) => ({
    status,
    state: current < 0 || index > current ? 'upcoming' : index === current ? 'current' : 'done',
    at: index <= current ? reached.get(status) : undefined,
  }));
}
