import type { Order, OrderStatus } from '../types';

/** The columns of the counter's board, in the order an order moves through them. */
export const BOARD_COLUMNS: { key: string; statuses: OrderStatus[] }[] = [
  { key: 'received', statuses: ['AWAITING_PAYMENT', 'RECEIVED'] },
  { key: 'preparing', statuses: ['IN_PREPARATION'] },
  { key: 'ready', statuses: ['READY'] },
  { key: 'onTheRoad', statuses: ['OUT_FOR_DELIVERY'] },
];

/** The orders of each column, oldest first. */
export function columns(orders: Order[]): { key: string; orders: Order[] }[] {
  const oldestFirst = [...orders].sort((a, b) => a.placedAt.localeCompare(b.placedAt));
  return BOARD_COLUMNS.map((column) => ({
    key: column.key,
    orders: oldestFirst.filter((o) => column.statuses.includes(o.status)),
  }));
}

/** What the counter may do with an order now, given DOMAIN.md's rules. */
export function counterActions(order: Order): {
  recordPayment: boolean;
  handOver: boolean;
  cancel: boolean;
  modify: boolean;
  sendOut: boolean;
} {
  const open = !['PENDING', 'AWAITING_PAYMENT', 'CANCELLED', 'REJECTED'].includes(order.status);
  return {
    recordPayment: open && order.paymentMethod !== 'ONLINE_CARD' && order.amountDue > 0,
    handOver: order.status === 'READY' && order.fulfilment === 'TAKEAWAY',
    cancel: order.status === 'AWAITING_PAYMENT' || order.status === 'RECEIVED',
    // Before preparation only, as the order service allows (received, or sent back by the kitchen).
    modify: order.status === 'AWAITING_PAYMENT' || order.status === 'RECEIVED',
    sendOut: order.status === 'READY' && order.fulfilment === 'DELIVERY',
  };
}

/** The last "missing ingredient" note of an order sent back by the kitchen, if it is still waiting. */
export function sentBackReason(order: Order): string | null {
  if (order.status !== 'RECEIVED') return null;
  const last = order.history[order.history.length - 1];
  return last && last.from === 'IN_PREPARATION' && last.to === 'RECEIVED' ? last.reason : null;
}
