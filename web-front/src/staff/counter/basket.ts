import type { Fulfilment, Menu, Order, PaymentMethod, Size } from '../types';
import { fromCents, toCents } from '../common/money';

/** A line of the phone order being taken. */
export interface PhoneLine {
  productId: number;
  size: Size;
  count: number;
}

/** Adds one item, merging with a line of the same product and size. */
export function addItem(lines: PhoneLine[], productId: number, size: Size): PhoneLine[] {
  const existing = lines.find((l) => l.productId === productId && l.size === size);
  if (existing) {
    return lines.map((l) => (l === existing ? { ...l, count: Math.min(50, l.count + 1) } : l));
  }
  return [...lines, { productId, size, count: 1 }];
}

/** Changes a line's count; zero or less removes it. */
export function setCount(lines: PhoneLine[], index: number, count: number): PhoneLine[] {
  if (count <= 0) return lines.filter((_, i) => i !== index);
  return lines.map((l, i) => (i === index ? { ...l, count: Math.min(50, count) } : l));
}

export interface PricedLine extends PhoneLine {
  name: string;
  unitInclVat: number;
  totalInclVat: number;
  /** How many more the stock can make beyond this line; negative means too many. */
  shortBy: number;
}

/**
 * The lines priced from the menu the customer would be charged (incl. VAT), with the delivery fee
 * incl. VAT for a delivery. The server prices the order again; this is what the clerk reads out.
 */
export function priced(
  lines: PhoneLine[],
  menu: Menu | undefined,
  fulfilment: Fulfilment,
  deliveryFeeExclVat: number,
): { lines: PricedLine[]; deliveryFee: number; total: number } {
  // Priced as the order service does: VAT per line on the line total excl. VAT, half-up to the cent.
  const result = lines.map((line) => {
    const item = menu?.products.find((p) => p.productId === line.productId);
    const offer = item?.sizes.find((s) => s.size === line.size);
    const exclCents = offer ? toCents(offer.priceExclVat) * line.count : 0;
    const inclCents = exclCents + vatCents(exclCents, item?.vatRate ?? 0);
    return {
      ...line,
      name: item?.name ?? `#${line.productId}`,
      unitInclVat: offer ? Number(offer.priceInclVat) : 0,
      totalInclVat: fromCents(inclCents),
      shortBy: offer ? Math.min(0, offer.canMake - line.count) : -line.count,
    };
  });
  // Delivery is served for immediate consumption: 10 % VAT.
  const feeExcl = fulfilment === 'DELIVERY' ? toCents(deliveryFeeExclVat) : 0;
  const fee = feeExcl + vatCents(feeExcl, 10);
  const total = result.reduce((sum, l) => sum + toCents(l.totalInclVat), 0) + fee;
  return { lines: result, deliveryFee: fromCents(fee), total: fromCents(total) };
}

function vatCents(exclCents: number, ratePercent: number): number {
  return Math.round((exclCents * Number(ratePercent)) / 100);
}

export interface NewAddress {
  street: string;
  complement: string;
  postcode: string;
  city: string;
  instructions: string;
}

export interface PhoneOrderDraft {
  pizzeriaId: number;
  customerId: string | null;
  fulfilment: Fulfilment;
  paymentMethod: PaymentMethod;
  addressId: string | null;
  newAddress: NewAddress | null;
  lines: PhoneLine[];
}

/** What is missing before the order can be sent, as field → i18n key of the staff namespace. */
export function draftErrors(draft: PhoneOrderDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.customerId) errors.customer = 'counter.errors.customer';
  if (draft.lines.length === 0) errors.lines = 'counter.errors.lines';
  if (draft.fulfilment === 'DELIVERY' && !draft.addressId) {
    const a = draft.newAddress;
    if (!a || !a.street.trim()) errors['address.street'] = 'counter.errors.street';
    if (!a || !/^\d{5}$/.test(a.postcode.trim())) errors['address.postcode'] = 'counter.errors.postcode';
    if (!a || !a.city.trim()) errors['address.city'] = 'counter.errors.city';
  }
  return errors;
}

/** The body of POST /api/orders for a phone order. */
export function orderRequest(draft: PhoneOrderDraft) {
  const delivery = draft.fulfilment === 'DELIVERY';
  const address =
    delivery && !draft.addressId && draft.newAddress
      ? {
          street: draft.newAddress.street.trim(),
          complement: draft.newAddress.complement.trim() || null,
          postcode: draft.newAddress.postcode.trim(),
          city: draft.newAddress.city.trim(),
          instructions: draft.newAddress.instructions.trim() || null,
        }
      : null;
  return {
    pizzeriaId: draft.pizzeriaId,
    channel: 'PHONE' as const,
    fulfilment: draft.fulfilment,
    paymentMethod: draft.paymentMethod,
    customerId: draft.customerId,
    addressId: delivery ? draft.addressId : null,
    address,
    lines: draft.lines.map(({ productId, size, count }) => ({ productId, size, count })),
  };
}

/** An order's lines as the counter edits them. */
export function linesOf(order: Pick<Order, 'lines'>): PhoneLine[] {
  return order.lines.map(({ productId, size, count }) => ({ productId, size, count }));
}

/**
 * The menu as it stands for changing an order: what the order already holds is reserved for it,
 * so it counts as makeable again for its own product and size.
 */
export function withOwnReservation(menu: Menu | undefined, own: PhoneLine[]): Menu | undefined {
  if (!menu) return menu;
  return {
    ...menu,
    products: menu.products.map((item) => ({
      ...item,
      sizes: item.sizes.map((offer) => {
        const held = own.filter((l) => l.productId === item.productId && l.size === offer.size).reduce((n, l) => n + l.count, 0);
        return held ? { ...offer, canMake: offer.canMake + held, available: true } : offer;
      }),
    })),
  };
}

/** The body of PUT /api/orders/{id}: the new lines (the address stays unless a new one is given). */
export function modifyRequest(lines: PhoneLine[]) {
  return { lines: lines.map(({ productId, size, count }) => ({ productId, size, count })) };
}

/** The body of POST /api/customers/{id}/addresses: the address typed for a delivery, kept for next time. */
export function addressRequest(address: NewAddress, label: string) {
  return {
    label: label.trim(),
    street: address.street.trim(),
    complement: address.complement.trim() || null,
    postcode: address.postcode.trim(),
    city: address.city.trim(),
    instructions: address.instructions.trim() || null,
  };
}
