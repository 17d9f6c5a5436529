import { describe, expect, it } from 'vitest';
import { countableLines, newLine, quoteErrors, quoteRequest, quoteTotals } from './quote';

describe('quotes', () => {
  it('totals each VAT rate apart, rounding half up once per rate, as the invoice does', () => {
    const totals = quoteTotals([
      { quantity: 40, designation: 'Margherita (moyenne)', unitPriceExclVat: 8.18, vatRate: 10 },
      { quantity: 3, designation: 'Eau 1,5 l', unitPriceExclVat: 1.9, vatRate: 5.5 },
      { quantity: 2, designation: 'Bière 25 cl', unitPriceExclVat: 3.25, vatRate: 20 },
    ]);
    expect(totals.exclVat).toBe(339.4);
    // 5.70 × 5.5 % = 0.3135 → 0.31 ; 327.20 × 10 % = 32.72 ; 6.50 × 20 % = 1.30
    expect(totals.vat).toEqual([
      { rate: 5.5, amount: 0.31 },
      { rate: 10, amount: 32.72 },
      { rate: 20, amount: 1.3 },
    ]);
    expect(totals.inclVat).toBe(373.73);
  });

  it('names each wrong field as the management service would', () => {
    const errors = quoteErrors({
      customerName: '  ',
      deliveryAddress: '',
      lines: [newLine({ quantity: '0', designation: 'Reine', unitPrice: '9,5' }), newLine({ quantity: '2', unitPrice: 'abc' })],
    });
    expect(errors).toEqual({
      customerName: 'manager.quotes.required',
      'lines[0].quantity': 'manager.quotes.invalidQuantity',
      'lines[1].designation': 'manager.quotes.required',
      'lines[1].unitPriceExclVat': 'manager.quotes.invalidPrice',
    });
    expect(quoteErrors({ customerName: 'ACME', deliveryAddress: '', lines: [] })).toEqual({ lines: 'manager.quotes.noLine' });
  });

  it('sends prices typed with a comma as numbers, and no address when none was typed', () => {
    const draft = {
      customerName: ' ACME SAS ',
      deliveryAddress: ' ',
      lines: [newLine({ quantity: '40', designation: ' Reine ', unitPrice: '9,09', vatRate: '10' })],
    };
    expect(quoteRequest(3, draft)).toEqual({
      pizzeriaId: 3,
      customerName: 'ACME SAS',
      deliveryAddress: null,
      lines: [{ quantity: 40, designation: 'Reine', unitPriceExclVat: 9.09, vatRate: 10 }],
    });
  });

  it('counts in the running totals only the lines already complete', () => {
    const lines = countableLines({
      customerName: '',
      deliveryAddress: '',
      lines: [newLine({ quantity: '2', unitPrice: '10' }), newLine({ quantity: '', unitPrice: '10' })],
    });
    expect(lines).toHaveLength(1);
  });
});
