import { api } from '../../api/http';
import type { Order, StockView, Unit } from '../types';

// The manager's own calls, beside the staff screens' shared ones (../api): stock thresholds and
// movements, courier assignment and incidents, quotes.

/** Why a pizzeria's stock of an ingredient moved, as the stock service records it. */
export type MovementReason = 'ORDER_RESERVED' | 'ORDER_RELEASED' | 'SUPPLIER_DELIVERY' | 'INVENTORY_CORRECTION' | 'WASTE';

export const MOVEMENT_REASONS: MovementReason[] = [
  'SUPPLIER_DELIVERY',
  'WASTE',
  'INVENTORY_CORRECTION',
  'ORDER_RESERVED',
  'ORDER_RELEASED',
];

/** One stock movement; the quantity is signed (negative when stock went down). */
export interface Movement {
  id: number;
  ingredientId: number;
  ingredientName: string;
  unit: Unit;
  reason: MovementReason;
  quantity: number;
  unitCost: number;
  orderId: string | null;
  supplierOrderId: number | null;
  actor: string | null;
  note: string | null;
  occurredAt: string;
}

export interface MovementPage {
  items: Movement[];
  page: number;
  size: number;
  totalItems: number;
}

/** Which movements to list: each part optional; `from` inclusive and `to` exclusive, as instants. */
export interface MovementQuery {
  ingredientId?: number;
  reason?: MovementReason;
  from?: string;
  to?: string;
  page: number;
  size: number;
}

export interface QuoteLine {
  quantity: number;
  designation: string;
  unitPriceExclVat: number;
  vatRate: number;
}

export interface QuoteRequest {
  pizzeriaId: number;
  customerName: string;
  deliveryAddress: string | null;
  lines: QuoteLine[];
}

export interface QuoteCreated {
  reference: string;
  totalExclVat: number;
  totalInclVat: number;
}

export interface QuoteSummary extends QuoteCreated {
  pizzeriaId: number;
  customerName: string;
  createdAt: string;
}

/** The query string of a movements request, parts left out when not chosen. */
export function movementSearch(query: MovementQuery): string {
  const params = new URLSearchParams();
  if (query.ingredientId != null) params.set('ingredientId', String(query.ingredientId));
  if (query.reason) params.set('reason', query.reason);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  params.set('page', String(query.page));
  params.set('size', String(query.size));
  return params.toString();
}

export const managerApi = {
  changeThresholds: (pizzeriaId: number, lines: { ingredientId: number; threshold: number }[]) =>
    api<StockView>(`/api/stock/pizzerias/${pizzeriaId}/thresholds`, { method: 'PUT', json: { lines } }),
  movements: (pizzeriaId: number, query: MovementQuery) =>
    api<MovementPage>(`/api/stock/pizzerias/${pizzeriaId}/movements?${movementSearch(query)}`),

  assignCourier: (orderId: string, courierId: string) =>
    api<Order>(`/api/orders/${orderId}/courier`, { method: 'POST', json: { courierId } }),
  reportIncident: (orderId: string, reason: string) =>
    api<Order>(`/api/orders/${orderId}/incident`, { method: 'POST', json: { reason } }),

  createQuote: (body: QuoteRequest) => api<QuoteCreated>('/api/management/quotes', { method: 'POST', json: body }),
  quotes: (pizzeriaId: number) => api<QuoteSummary[]>(`/api/management/quotes?pizzeriaId=${pizzeriaId}`),
  quotePdfPath: (reference: string) => `/api/management/quotes/${encodeURIComponent(reference)}/pdf`,
};
