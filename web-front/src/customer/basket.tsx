import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Size } from '../api/types';

/** A price or a rate as the basket keeps it in the browser: a number, or its decimal text. */
export type Amount = number | string;

/** One line of the basket: a product at a size, with the prices the menu showed. */
export type BasketLine = {
  productId: number;
  name: string;
  size: Size;
  count: number;
  unitPriceExclVat: Amount;
  unitPriceInclVat: Amount;
  vatRate: Amount;
};

export type Basket = { pizzeriaId: number | null; lines: BasketLine[] };

export type Totals = {
  exclVat: number;
  vatByRate: { rate: number; vat: number }[];
  vat: number;
  inclVat: number;
  deliveryFeeExclVat: number;
};

/** Delivery is charged with 10 % VAT, as the order service does. */
export const DELIVERY_VAT_RATE = 10;

const cents = (amount: Amount) => Math.round(Number(amount) * 100);

/** VAT on an amount in cents, rounded half up to the cent (the order service's BigDecimal rule). */
function vatCents(exclCents: number, rate: number): number {
  const tenths = Math.round(rate * 10);
  return Math.floor((exclCents * tenths + 500) / 1000);
}

/**
 * The basket's totals computed exactly as the order service prices an order: each line's total
 * excl. VAT, its VAT rounded per line, the delivery fee (excl. VAT) with its own VAT; incl. VAT =
 * excl. + VAT. In euros.
 */
export function basketTotals(lines: BasketLine[], deliveryFeeExclVat: Amount = 0): Totals {
  const byRate = new Map<number, number>();
  let excl = 0;
  const add = (exclCents: number, rate: number) => {
    excl += exclCents;
    byRate.set(rate, (byRate.get(rate) ?? 0) + vatCents(exclCents, rate));
  };
  for (const line of lines) {
    add(cents(line.unitPriceExclVat) * line.count, Number(line.vatRate));
  }
  const fee = cents(deliveryFeeExclVat);
  if (fee > 0) {
    add(fee, DELIVERY_VAT_RATE);
  }
  const vat = [...byRate.values()].reduce((sum, value) => sum + value, 0);
  return {
    exclVat: excl / 100,
    vatByRate: [...byRate.entries()].sort(([a], [b]) => a - b).map(([rate, value]) => ({ rate, vat: value / 100 })),
    vat: vat / 100,
    inclVat: (excl + vat) / 100,
    deliveryFeeExclVat: fee / 100,
  };
}

export const BASKET_KEY = 'ocpizza.basket';
const EMPTY: Basket = { pizzeriaId: null, lines: [] };

function load(): Basket {
  try {
    const stored = JSON.parse(localStorage.getItem(BASKET_KEY) ?? 'null') as Basket | null;
    return stored && Array.isArray(stored.lines) ? stored : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** Adds a product: the basket holds one pizzeria's products, so another pizzeria starts afresh. */
export function addLine(basket: Basket, pizzeriaId: number, line: Omit<BasketLine, 'count'>, count = 1): Basket {
  const lines = basket.pizzeriaId === pizzeriaId ? basket.lines : [];
  const same = lines.find((l) => l.productId === line.productId && l.size === line.size);
  return {
    pizzeriaId,
    lines: same
      ? lines.map((l) => (l === same ? { ...l, count: Math.min(50, l.count + count) } : l))
      : [...lines, { ...line, count }],
  };
}

export function setCount(basket: Basket, productId: number, size: Size, count: number): Basket {
  const lines = basket.lines
    .map((l) => (l.productId === productId && l.size === size ? { ...l, count: Math.min(50, count) } : l))
    .filter((l) => l.count > 0);
  return lines.length === 0 ? EMPTY : { ...basket, lines };
}

type BasketValue = {
  basket: Basket;
  count: number;
  add(pizzeriaId: number, line: Omit<BasketLine, 'count'>, count?: number): void;
  setCount(productId: number, size: Size, count: number): void;
  replace(basket: Basket): void;
  clear(): void;
};

const BasketContext = createContext<BasketValue | null>(null);

/** The basket, kept in this browser's localStorage so it survives reloads and sign-in redirects. */
export function BasketProvider({ children }: { children: ReactNode }) {
  const [basket, setBasket] = useState<Basket>(load);
  useEffect(() => {
    localStorage.setItem(BASKET_KEY, JSON.stringify(basket));
  }, [basket]);
  useEffect(() => {
    const fromOtherTab = (event: StorageEvent) => {
      if (event.key === BASKET_KEY) setBasket(load());
    };
    window.addEventListener('storage', fromOtherTab);
    return () => window.removeEventListener('storage', fromOtherTab);
  }, []);
  const add = useCallback(
    (pizzeriaId: number, line: Omit<BasketLine, 'count'>, count = 1) =>
      setBasket((current) => addLine(current, pizzeriaId, line, count)),
    [],
  );
  const changeCount = useCallback(
    (productId: number, size: Size, count: number) => setBasket((current) => setCount(current, productId, size, count)),
    [],
  );
  const value = useMemo<BasketValue>(
    () => ({
      basket,
      count: basket.lines.reduce((sum, line) => sum + line.count, 0),
      add,
      setCount: changeCount,
      replace: setBasket,
      clear: () => setBasket(EMPTY),
    }),
    [basket, add, changeCount],
  );
  return <BasketContext.Provider value={value}>{children}</BasketContext.Provider>;
}

export function useBasket(): BasketValue {
  const value = useContext(BasketContext);
  if (!value) throw new Error('useBasket outside BasketProvider');
  return value;
}
