// The shapes both the customer and the staff screens read from the services, as their controllers
// answer them (the order service's OrderView, the stock service's menu and pizzerias). Amounts are JSON numbers.

export type OrderStatus =
  | 'PENDING'
  | 'AWAITING_PAYMENT'
  | 'RECEIVED'
  | 'IN_PREPARATION'
  | 'READY'
  | 'OUT_FOR_DELIVERY'
  | 'DELIVERED'
  | 'COLLECTED'
  | 'CANCELLED'
  | 'REJECTED'
  | 'INCIDENT';

export type Fulfilment = 'DELIVERY' | 'TAKEAWAY';
export type Channel = 'WEB' | 'PHONE' | 'COUNTER';
export type PaymentMethod = 'ONLINE_CARD' | 'CASH' | 'CARD' | 'CHEQUE' | 'MEAL_VOUCHER';
export type PaymentStatus = 'PENDING' | 'PAID' | 'FAILED' | 'REFUNDED';
export type Size = 'SMALL' | 'MEDIUM' | 'LARGE' | 'SINGLE';

export interface OrderLine {
  productId: number;
  productName: string;
  size: Size;
  count: number;
  unitPriceExclVat: number;
  vatRate: number;
  lineTotalExclVat: number;
  lineTotalInclVat: number;
}

export interface StatusChange {
  at: string;
  actor: string | null;
  from: OrderStatus | null;
  to: OrderStatus;
  reason: string | null;
}

export interface DeliveryAddress {
  street: string;
  complement?: string | null;
  postcode: string;
  city: string;
  instructions?: string | null;
}

export interface Order {
  id: string;
  number: string;
  pizzeriaId: number;
  channel: Channel;
  fulfilment: Fulfilment;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
  finished: boolean;
  customer: { id: string | null; name: string | null; phone: string | null } | null;
  deliveryAddress: DeliveryAddress | null;
  lines: OrderLine[];
  deliveryFee: number;
  totalExclVat: number;
  vatByRate: Record<string, number>;
  totalInclVat: number;
  amountPaid: number;
  amountDue: number;
  courierId: string | null;
  rejectionReason: string | null;
  placedAt: string;
  estimatedReadyAt: string | null;
  estimatedDeliveryAt: string | null;
  history: StatusChange[];
}

export interface MenuSize {
  size: Size;
  priceExclVat: number;
  priceInclVat: number;
  canMake: number;
  available: boolean;
  missingIngredients: string[];
}

export interface MenuItem {
  productId: number;
  name: string;
  category: 'PIZZA' | 'DRINK' | 'DESSERT';
  description: string;
  /** The recipe's ingredients by name (dough and sauce included), in the catalogue's order. */
  ingredients?: string[];
  photoUrl: string | null;
  vatRate: number;
  available: boolean;
  sizes: MenuSize[];
}

export interface Menu {
  pizzeriaId: number;
  products: MenuItem[];
}

export interface Pizzeria {
  id: number;
  name: string;
  address: { street: string; postcode: string; city: string };
  phone: string;
  siret: string;
  status: 'OPENING_SOON' | 'OPEN' | 'CLOSED';
  openNow: boolean;
  openingHours: OpeningRange[];
  deliveryArea: { postcodes: string[]; fee: number };
}

export type DayOfWeek =
  | 'MONDAY'
  | 'TUESDAY'
  | 'WEDNESDAY'
  | 'THURSDAY'
  | 'FRIDAY'
  | 'SATURDAY'
  | 'SUNDAY';

export interface OpeningRange {
  day: DayOfWeek;
  opens: string;
  closes: string;
}
