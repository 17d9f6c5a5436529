/** The shapes the customer screens read from the API (stock, order, client services). */

export type Size = 'SMALL' | 'MEDIUM' | 'LARGE' | 'SINGLE';
export type Amount = number | string;

export type Pizzeria = {
  id: number;
  name: string;
  address: { street: string; postcode: string; city: string };
  phone: string;
  status: 'OPEN' | 'CLOSED' | 'OPENING_SOON' | string;
  openNow: boolean;
  openingHours: { day: string; opens: string; closes: string }[];
  deliveryArea: { postcodes: string[]; fee: Amount };
};

export type SizeOffer = {
  size: Size;
  priceExclVat: Amount;
  priceInclVat: Amount;
  canMake: number;
  available: boolean;
  missingIngredients: string[];
};

export type MenuItem = {
  productId: number;
  name: string;
  category: 'PIZZA' | 'DRINK' | 'DESSERT' | string;
  description: string;
  photoUrl: string | null;
  vatRate: Amount;
  available: boolean;
  sizes: SizeOffer[];
};

export type Menu = { pizzeriaId: number; products: MenuItem[] };

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

export type StatusChange = { from?: OrderStatus | null; to: OrderStatus; at: string; by?: string; reason?: string | null };

export type OrderLine = {
  productId: number;
  productName: string;
  size: Size;
  count: number;
  unitPriceExclVat: Amount;
  vatRate: Amount;
  lineTotalExclVat: Amount;
  lineTotalInclVat: Amount;
};

export type Order = {
  id: string;
  number: string;
  pizzeriaId: number;
  channel: string;
  fulfilment: 'DELIVERY' | 'TAKEAWAY';
  status: OrderStatus;
  paymentMethod: string;
  paymentStatus: string;
  finished: boolean;
  customer: { id?: string; name?: string; phone?: string } | null;
  deliveryAddress: { street: string; complement?: string; postcode: string; city: string; instructions?: string } | null;
  lines: OrderLine[];
  deliveryFee: Amount;
  totalExclVat: Amount;
  vatByRate: Record<string, Amount>;
  totalInclVat: Amount;
  amountPaid: Amount;
  amountDue: Amount;
  rejectionReason?: string | null;
  placedAt: string;
  estimatedReadyAt?: string | null;
  estimatedDeliveryAt?: string | null;
  history: StatusChange[];
};
