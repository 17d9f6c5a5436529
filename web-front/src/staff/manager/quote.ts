import { fromCents, parseAmount } from '../common/money';
import type { QuoteLine, QuoteRequest } from './managerApi';

/** The VAT rates a quote line may carry (DOMAIN.md): served food and drinks, sealed soft drinks, alcohol. */
export const VAT_RATES = [10, 5.5, 20];

/** A quote line as typed: every value still text. */
export interface LineDraft {
  key: number;
  quantity: string;
  designation: string;
  unitPrice: string;
  vatRate: string;
}

export interface QuoteDraft {
  customerName: string;
  deliveryAddress: string;
  lines: LineDraft[];
}

let nextKey = 1;

/** A new line: one item at 10 % VAT unless told otherwise. */
export function newLine(values: Partial<Omit<LineDraft, 'key'>> = {}): LineDraft {
  return { key: nextKey++, quantity: '1', designation: '', unitPrice: '', vatRate: '10', ...values };
}

const MAX_QUANTITY = 10_000;

function quantityOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_QUANTITY ? value : null;
}

/**
 * What is wrong with a quote before sending it, as field → i18n key. Fields are named as the
 * management service names them (`lines[0].quantity`), so its own errors land in the same place.
 */
export function quoteErrors(draft: QuoteDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.customerName.trim()) errors.customerName = 'manager.quotes.required';
  else if (draft.customerName.trim().length > 200) errors.customerName = 'manager.quotes.tooLong';
  if (draft.deliveryAddress.trim().length > 400) errors.deliveryAddress = 'manager.quotes.tooLong';
  if (draft.lines.length === 0) errors.lines = 'manager.quotes.noLine';
  draft.lines.forEach((line, index) => {
    const at = `lines[${index}].`;
    if (quantityOf(line.quantity) == null) errors[`${at}quantity`] = 'manager.quotes.invalidQuantity';
    if (!line.designation.trim()) errors[`${at}designation`] = 'manager.quotes.required';
    else if (line.designation.trim().length > 120) errors[`${at}designation`] = 'manager.quotes.tooLong';
    if (parseAmount(line.unitPrice) == null) errors[`${at}unitPriceExclVat`] = 'manager.quotes.invalidPrice';
    if (!VAT_RATES.includes(Number(line.vatRate))) errors[`${at}vatRate`] = 'manager.quotes.invalidVat';
  });
  return errors;
}

/** The lines as numbers; only for a draft without errors. */
export function quoteLines(draft: QuoteDraft): QuoteLine[] {
  return draft.lines.map((line) => ({
    quantity: Number(line.quantity.trim()),
    designation: line.designation.trim(),
    unitPriceExclVat: parseAmount(line.unitPrice) ?? 0,
    vatRate: Number(line.vatRate),
  }));
}

/** The request for a valid draft. */
export function quoteRequest(pizzeriaId: number, draft: QuoteDraft): QuoteRequest {
  return {
    pizzeriaId,
    customerName: draft.customerName.trim(),
    deliveryAddress: draft.deliveryAddress.trim() || null,
    lines: quoteLines(draft),
  };
}

export interface QuoteTotals {
  exclVat: number;
  vat: { rate: number; amount: number }[];
  inclVat: number;
}

/**
 * The totals the quote will show, computed as the management service does: each line to the cent,
 * VAT once per rate on that rate's total (rounded half up), rates in increasing order.
 */
export function quoteTotals(lines: QuoteLine[]): QuoteTotals {
  const baseByRate = new Map<number, number>();
  let exclCents = 0;
  for (const line of lines) {
    const cents = Math.round(line.unitPriceExclVat * 100) * line.quantity;
    exclCents += cents;
    baseByRate.set(line.vatRate, (baseByRate.get(line.vatRate) ?? 0) + cents);
  }
  const vat = [...baseByRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rate, base]) => ({ rate, cents: Math.round((base * Math.round(rate * 10)) / 1000) }));
  const vatCents = vat.reduce((sum, v) => sum + v.cents, 0);
  return {
    exclVat: fromCents(exclCents),
    vat: vat.map((v) => ({ rate: v.rate, amount: fromCents(v.cents) })),
    inclVat: fromCents(exclCents + vatCents),
  };
}

/** The lines of a draft that can be counted in the totals shown while typing. */
export function countableLines(draft: QuoteDraft): QuoteLine[] {
  return draft.lines.flatMap((line) => {
    const quantity = quantityOf(line.quantity);
    const price = parseAmount(line.unitPrice);
    const rate = Number(line.vatRate);
    return quantity != null && price != null && VAT_RATES.includes(rate)
      ? [{ quantity, designation: line.designation, unitPriceExclVat: price, vatRate: rate }]
      : [];
  });
}
