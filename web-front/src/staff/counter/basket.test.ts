import { describe, expect, it } from 'vitest';
import type { Menu } from '../types';
import { addItem, draftErrors, linesOf, modifyRequest, orderRequest, priced, setCount, withOwnReservation, type PhoneOrderDraft } from './basket';

const menu: Menu = {
  pizzeriaId: 1,
  products: [
    {
      productId: 2,
      name: 'Reine',
      category: 'PIZZA',
      description: '',
      photoUrl: null,
      vatRate: 10,
      available: true,
      sizes: [
        { size: 'MEDIUM', priceExclVat: 10, priceInclVat: 11, canMake: 5, available: true, missingIngredients: [] },
        { size: 'LARGE', priceExclVat: 12.73, priceInclVat: 14, canMake: 1, available: true, missingIngredients: [] },
      ],
    },
    {
      productId: 13,
      name: 'Bière 25 cl',
      category: 'DRINK',
      description: '',
      photoUrl: null,
      vatRate: 20,
      available: true,
      sizes: [{ size: 'SINGLE', priceExclVat: 2.92, priceInclVat: 3.5, canMake: 40, available: true, missingIngredients: [] }],
    },
  ],
};

describe('phone order basket', () => {
  it('merges the same product and size into one line and drops a line set to zero', () => {
    let lines = addItem([], 2, 'MEDIUM');
    lines = addItem(lines, 2, 'MEDIUM');
    lines = addItem(lines, 2, 'LARGE');
    expect(lines).toEqual([
      { productId: 2, size: 'MEDIUM', count: 2 },
      { productId: 2, size: 'LARGE', count: 1 },
    ]);
    expect(setCount(lines, 0, 0)).toEqual([{ productId: 2, size: 'LARGE', count: 1 }]);
  });

  it('prices lines as the order service does, VAT per line, plus the delivery fee at 10 %', () => {
    const result = priced(
      [
        { productId: 2, size: 'LARGE', count: 2 },
        { productId: 13, size: 'SINGLE', count: 1 },
      ],
      menu,
      'DELIVERY',
      2.5,
    );
    // 2 × 12,73 = 25,46 HT + 2,55 TVA = 28,01 ; 2,92 + 0,58 = 3,50 ; fee 2,50 + 0,25 = 2,75
    expect(result.lines.map((l) => l.totalInclVat)).toEqual([28.01, 3.5]);
    expect(result.deliveryFee).toBe(2.75);
    expect(result.total).toBe(34.26);
    expect(result.lines[0].shortBy).toBe(-1);
  });

  it('charges no delivery fee for takeaway', () => {
    expect(priced([{ productId: 2, size: 'MEDIUM', count: 1 }], menu, 'TAKEAWAY', 2.5).total).toBe(11);
  });

  const draft: PhoneOrderDraft = {
    pizzeriaId: 1,
    customerId: 'c-1',
    fulfilment: 'DELIVERY',
    paymentMethod: 'CASH',
    addressId: null,
    newAddress: { street: ' 12 rue Oberkampf ', complement: '', postcode: '75011', city: 'Paris', instructions: '' },
    lines: [{ productId: 2, size: 'MEDIUM', count: 1 }],
  };

  it('sends a phone order with the address given on the spot and no price', () => {
    expect(orderRequest(draft)).toEqual({
      pizzeriaId: 1,
      channel: 'PHONE',
      fulfilment: 'DELIVERY',
      paymentMethod: 'CASH',
      customerId: 'c-1',
      addressId: null,
      address: { street: '12 rue Oberkampf', complement: null, postcode: '75011', city: 'Paris', instructions: null },
      lines: [{ productId: 2, size: 'MEDIUM', count: 1 }],
    });
  });

  it('says what is missing before sending: customer, items, a valid delivery address', () => {
    expect(draftErrors(draft)).toEqual({});
    expect(
      draftErrors({ ...draft, customerId: null, lines: [], newAddress: { ...draft.newAddress!, postcode: '7501' } }),
    ).toEqual({
      customer: 'counter.errors.customer',
      lines: 'counter.errors.lines',
      'address.postcode': 'counter.errors.postcode',
    });
    expect(draftErrors({ ...draft, fulfilment: 'TAKEAWAY', newAddress: null })).toEqual({});
    expect(draftErrors({ ...draft, addressId: 'a-1', newAddress: null })).toEqual({});
  });
});

describe('changing an order', () => {
  const menu: Menu = {
    pizzeriaId: 1,
    products: [
      {
        productId: 1,
        name: 'Margherita',
        category: 'PIZZA',
        description: '',
        photoUrl: null,
        vatRate: 10,
        available: false,
        sizes: [{ size: 'MEDIUM', priceExclVat: 8.18, priceInclVat: 9, canMake: 0, available: false, missingIngredients: ['Basilic'] }],
      },
    ],
  };

  it('counts what the order already holds as still makeable for it', () => {
    const own = linesOf({ lines: [{ productId: 1, productName: 'Margherita', size: 'MEDIUM', count: 2 }] as never });

    expect(own).toEqual([{ productId: 1, size: 'MEDIUM', count: 2 }]);
    expect(priced(own, withOwnReservation(menu, own), 'TAKEAWAY', 0).lines[0].shortBy).toBe(0);
    expect(priced(setCount(own, 0, 3), withOwnReservation(menu, own), 'TAKEAWAY', 0).lines[0].shortBy).toBe(-1);
    expect(modifyRequest(own)).toEqual({ lines: [{ productId: 1, size: 'MEDIUM', count: 2 }] });
  });
});
