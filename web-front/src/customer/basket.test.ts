import { describe, expect, it } from 'vitest';
import { addLine, basketTotals, setCount, type Basket, type BasketLine } from './basket';

const reine: Omit<BasketLine, 'count'> = {
  productId: 2,
  name: 'Reine',
  size: 'MEDIUM',
  unitPriceExclVat: '10.45',
  unitPriceInclVat: '11.50',
  vatRate: '10.00',
};
const soda: Omit<BasketLine, 'count'> = {
  productId: 11,
  name: 'Soda 33 cl',
  size: 'SINGLE',
  unitPriceExclVat: '2.37',
  unitPriceInclVat: '2.50',
  vatRate: '5.5',
};
const beer: Omit<BasketLine, 'count'> = {
  productId: 13,
  name: 'Bière 25 cl',
  size: 'SINGLE',
  unitPriceExclVat: '3.75',
  unitPriceInclVat: '4.50',
  vatRate: '20.0',
};

describe('basket totals', () => {
  it('adds VAT per line, rounded half up to the cent, as the order service prices an order', () => {
    const totals = basketTotals([{ ...reine, count: 2 }]);

    expect(totals.exclVat).toBe(20.9);
    expect(totals.vatByRate).toEqual([{ rate: 10, vat: 2.09 }]);
    expect(totals.inclVat).toBe(22.99);
  });

  it('gives the VAT of each rate apart: 5.5 % soft drinks, 10 % pizzas, 20 % beer', () => {
    const totals = basketTotals([
      { ...reine, count: 1 },
      { ...soda, count: 3 },
      { ...beer, count: 1 },
    ]);

    expect(totals.vatByRate).toEqual([
      { rate: 5.5, vat: 0.39 },
      { rate: 10, vat: 1.05 },
      { rate: 20, vat: 0.75 },
    ]);
    expect(totals.exclVat).toBe(21.31);
    expect(totals.inclVat).toBe(23.5);
  });

  it('charges the delivery fee excl. VAT with 10 % VAT on top', () => {
    const totals = basketTotals([{ ...reine, count: 1 }], '2.50');

    expect(totals.deliveryFeeExclVat).toBe(2.5);
    expect(totals.vatByRate).toEqual([{ rate: 10, vat: 1.3 }]);
    expect(totals.inclVat).toBe(14.25);
  });

  it('is zero for an empty basket', () => {
    expect(basketTotals([])).toMatchObject({ exclVat: 0, vat: 0, inclVat: 0, vatByRate: [] });
  });
});

describe('basket lines', () => {
  const empty: Basket = { pizzeriaId: null, lines: [] };

  it('counts the same product and size on one line', () => {
    const basket = addLine(addLine(empty, 1, reine), 1, reine);

    expect(basket.lines).toHaveLength(1);
    expect(basket.lines[0].count).toBe(2);
  });

  it('starts afresh when a product of another pizzeria is added', () => {
    const basket = addLine(addLine(empty, 1, reine), 4, soda);

    expect(basket.pizzeriaId).toBe(4);
    expect(basket.lines.map((line) => line.name)).toEqual(['Soda 33 cl']);
  });

  it('drops a line brought down to zero', () => {
    const basket = setCount(addLine(empty, 1, reine), 2, 'MEDIUM', 0);

    expect(basket.lines).toEqual([]);
  });
});
