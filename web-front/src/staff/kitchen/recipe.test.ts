import { describe, expect, it } from 'vitest';
import type { Recipe } from '../types';
import { formatQuantity, portions } from './recipe';

const reine: Recipe = {
  productId: 2,
  productName: 'Reine',
  memoryAid: 'Jambon puis champignons.',
  lines: [
    { ingredientId: 1, ingredientName: 'Pâte', unit: 'PIECE', quantities: { SMALL: 0.7, MEDIUM: 1, LARGE: 1.4 } },
    { ingredientId: 2, ingredientName: 'Mozzarella', unit: 'GRAM', quantities: { SMALL: 70, MEDIUM: 100, LARGE: 140 } },
    { ingredientId: 5, ingredientName: "Huile d'olive", unit: 'MILLILITRE', quantities: { SMALL: 3.5, MEDIUM: 5, LARGE: 7 } },
  ],
};

describe('recipe quantities', () => {
  it('gives the quantities of the size ordered, for one and for all the pizzas of the line', () => {
    const large = portions(reine, 'LARGE', 2);
    expect(large.map((p) => [p.name, p.each, p.total])).toEqual([
      ['Pâte', 1.4, 3],
      ['Mozzarella', 140, 280],
      ["Huile d'olive", 7, 14],
    ]);
  });

  it('rounds to the gram from ten on, to a tenth below, and pieces to a half', () => {
    const three = portions(reine, 'SMALL', 3);
    expect(three[0].total).toBe(2);
    expect(three[2].total).toBe(11);
    expect(portions(reine, 'SMALL', 1)[2].total).toBe(3.5);
  });

  it('falls back to the medium quantity for a size the recipe does not list', () => {
    expect(portions(reine, 'SINGLE', 1)[1].each).toBe(100);
  });

  it('writes quantities the French way with their unit', () => {
    expect(formatQuantity(3.5, 'MILLILITRE')).toBe('3,5\u00a0ml');
    expect(formatQuantity(280, 'GRAM')).toBe('280\u00a0g');
    expect(formatQuantity(1.5, 'PIECE')).toBe('1,5');
    expect(formatQuantity(3.5, 'MILLILITRE', 'en-GB')).toBe('3.5\u00a0ml');
  });
});
