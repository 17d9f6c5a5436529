import { api, newIdempotencyKey } from '../api/http';
import type {
  Customer,
  CustomerPage,
  Ingredient,
  InvoiceSummary,
  Menu,
  Order,
  OrderStatus,
  PaymentMethod,
  Pizzeria,
  Product,
  Recipe,
  StaffPage,
  StaffMember,
  StockView,
  Supplier,
  SupplierOrder,
} from './types';

/** The staff screens' calls, one per endpoint, named after what the person does. */
export const staffApi = {
  pizzerias: () => api<Pizzeria[]>('/api/pizzerias'),
  pizzeria: (id: number) => api<Pizzeria>(`/api/pizzerias/${id}`),
  menu: (pizzeriaId: number) => api<Menu>(`/api/pizzerias/${pizzeriaId}/menu`),

  activeOrders: (pizzeriaId: number, statuses?: OrderStatus[]) =>
    api<Order[]>(
      `/api/pizzerias/${pizzeriaId}/orders` +
        (statuses?.length ? `?${statuses.map((s) => `status=${s}`).join('&')}` : ''),
    ),
  kitchenQueue: (pizzeriaId: number) => api<Order[]>(`/api/pizzerias/${pizzeriaId}/orders/kitchen`),
  readyDeliveries: (pizzeriaId: number) =>
    api<Order[]>(`/api/pizzerias/${pizzeriaId}/orders/deliveries`),
  orderEventsPath: (pizzeriaId: number) => `/api/pizzerias/${pizzeriaId}/orders/events`,

  findCustomers: (phone: string) =>
    api<CustomerPage>(`/api/customers?phone=${encodeURIComponent(phone)}&size=5`),
  createCustomer: (body: { firstName: string; lastName: string; phone: string }) =>
    api<Customer>('/api/customers', { method: 'POST', json: body }),
  placePhoneOrder: (body: unknown, idempotencyKey: string = newIdempotencyKey()) =>
    api<Order>('/api/orders', { method: 'POST', json: body, idempotencyKey }),

  startPreparation: (id: string) => api<Order>(`/api/orders/${id}/start-preparation`, { method: 'POST' }),
  markReady: (id: string) => api<Order>(`/api/orders/${id}/ready`, { method: 'POST' }),
  backToQueue: (id: string, reason: string) =>
    api<Order>(`/api/orders/${id}/back-to-queue`, { method: 'POST', json: { reason } }),
  take: (id: string) => api<Order>(`/api/orders/${id}/take`, { method: 'POST' }),
  leave: (id: string) => api<Order>(`/api/orders/${id}/out-for-delivery`, { method: 'POST' }),
  delivered: (id: string) => api<Order>(`/api/orders/${id}/delivered`, { method: 'POST' }),
  collected: (id: string) => api<Order>(`/api/orders/${id}/collected`, { method: 'POST' }),
  cancel: (id: string, reason: string) =>
    api<Order>(`/api/orders/${id}/cancel`, { method: 'POST', json: { reason } }),
  recordPayment: (id: string, method: PaymentMethod, amount: number) =>
    api<Order>(`/api/orders/${id}/payments`, { method: 'POST', json: { method, amount } }),

  recipe: (productId: number) => api<Recipe>(`/api/catalogue/products/${productId}/recipe`),
  products: () => api<Product[]>('/api/catalogue/products'),
  ingredients: () => api<Ingredient[]>('/api/catalogue/ingredients'),

  stock: (pizzeriaId: number) => api<StockView>(`/api/stock/pizzerias/${pizzeriaId}`),
  suppliers: () => api<Supplier[]>('/api/suppliers'),
  supplierOrders: (pizzeriaId: number) =>
    api<SupplierOrder[]>(`/api/stock/pizzerias/${pizzeriaId}/supplier-orders`),

  staff: (pizzeriaId: number | null, page = 0) =>
    api<StaffPage>(
      `/api/auth/staff?page=${page}&size=50` + (pizzeriaId != null ? `&pizzeriaId=${pizzeriaId}` : ''),
    ),
  createStaff: (body: unknown) => api<StaffMember>('/api/auth/staff', { method: 'POST', json: body }),
  disableStaff: (id: string) => api<StaffMember>(`/api/auth/staff/${id}/disable`, { method: 'POST' }),

  invoices: (pizzeriaId: number | null) =>
    api<InvoiceSummary[]>(
      '/api/management/invoices' + (pizzeriaId != null ? `?pizzeriaId=${pizzeriaId}` : ''),
    ),
};
