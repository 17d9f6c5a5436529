import type { Order } from '../types';

/**
 * Since when an order has been waiting for the kitchen: its last arrival in the queue (an order
 * sent back for a missing ingredient waits again from then), else when it was placed.
 */
export function waitingSince(order: Order): string {
  for (let i = order.history.length - 1; i >= 0; i--) {
    if (order.history[i].to === 'RECEIVED') return order.history[i].at;
  }
  return order.placedAt;
}

/** The kitchen's queue oldest first: the one placed first is made first. */
export function kitchenOrder(orders: Order[]): Order[] {
  return [...orders].sort((a, b) => a.placedAt.localeCompare(b.placedAt));
}
