// The shapes the staff screens read from the services, as their controllers answer them.

export type {
  Channel,
  DeliveryAddress,
  Fulfilment,
  Menu,
  MenuItem,
  MenuSize,
  Order,
  OrderLine,
  OrderStatus,
  PaymentMethod,
  PaymentStatus,
  DayOfWeek,
  OpeningRange,
  Pizzeria,
  Size,
  StatusChange,
} from '../api/types';
import type { Size } from '../api/types';

export interface Address {
  id: string;
  label: string;
  street: string;
  complement: string | null;
  postcode: string;
  city: string;
  instructions: string | null;
  isDefault: boolean;
}

export interface Customer {
  id: string;
  email: string | null;
  firstName: string;
  lastName: string;
  phone: string | null;
  hasAccount: boolean;
  status: string;
  addresses: Address[];
}

export interface CustomerPage {
  items: Customer[];
  page: number;
  size: number;
  total: number;
}

export interface RecipeLine {
  ingredientId: number;
  ingredientName: string;
  unit: Unit;
  quantities: Partial<Record<Size, number>>;
}

export interface Recipe {
  productId: number;
  productName: string;
  memoryAid: string | null;
  lines: RecipeLine[];
}

export type Unit = 'GRAM' | 'MILLILITRE' | 'PIECE';

export interface StockLine {
  ingredientId: number;
  name: string;
  unit: Unit;
  quantity: number;
  threshold: number;
  low: boolean;
  unitCost: number;
}

export interface StockView {
  pizzeriaId: number;
  lowCount: number;
  ingredients: StockLine[];
}

export interface Supplier {
  id: number;
  name: string;
  email: string;
  phone: string;
}

export type SupplierOrderStatus = 'DRAFT' | 'SENT' | 'PARTIALLY_RECEIVED' | 'RECEIVED';

export interface SupplierOrder {
  id: number;
  pizzeriaId: number;
  supplierId: number;
  status: SupplierOrderStatus;
  createdBy: string;
  createdAt: string;
  sentAt: string | null;
  lines: {
    ingredientId: number;
    orderedQuantity: number;
    expectedUnitCost: number;
    receivedQuantity: number;
  }[];
}

export interface Ingredient {
  id: number;
  name: string;
  unit: Unit;
  unitCost: number;
  allergens: string[];
}

export interface Product {
  id: number;
  name: string;
  category: 'PIZZA' | 'DRINK' | 'DESSERT';
  description: string;
  photoUrl: string | null;
  vatRate: number;
  active: boolean;
  sizes: { size: Size; priceExclVat: number; priceInclVat: number }[];
}

export interface StaffMember {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  roles: string[];
  pizzeriaId: number | null;
  enabled: boolean;
}

export interface StaffPage {
  content: StaffMember[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

export interface Kpis {
  orders: number;
  revenueExclVat: number;
  vat: number;
  revenueInclVat: number;
  vatByRate: { rate: number; amount: number }[];
  costOfGoods: number;
  grossMargin: number;
  marginRate: number | null;
  losses: number;
  averageBasketInclVat: number | null;
  averageBasketExclVat: number | null;
  times: { stage: string; orders: number; p50Minutes: number | null; p90Minutes: number | null }[];
}

export interface Summary {
  pizzeriaId: number | null;
  from: string;
  to: string;
  current: Kpis;
  previousFrom: string;
  previousTo: string;
  previous: Kpis;
  changes: Record<string, number>;
}

export interface DayPoint {
  date: string;
  orders: number;
  revenueExclVat: number;
  revenueInclVat: number;
  costOfGoods: number;
  grossMargin: number;
}

export interface ProductSales {
  productId: number;
  productName: string;
  quantity: number;
  revenueExclVat: number;
  revenueInclVat: number;
}

export interface Loss {
  reason: string;
  amount: number;
}

export interface PeakCell {
  dayOfWeek: number;
  hour: number;
  orders: number;
  averagePerWeek: number;
}

export interface LowStockAlert {
  pizzeriaId: number;
  ingredientId: number;
  ingredientName: string;
  quantity: number;
  threshold: number;
  raisedAt: string;
}

export interface InvoiceSummary {
  number: string;
  kind: string;
  orderId: string | null;
  pizzeriaId: number;
  issuedAt: string;
  totalExclVat: number;
  totalInclVat: number;
  correctsNumber: string | null;
}
