import type { Recipe, Size, Unit } from '../types';

/** One ingredient to put on the pizzas of an order line: the quantity for all of them. */
export interface Portion {
  ingredientId: number;
  name: string;
  unit: Unit;
  each: number;
  total: number;
}

/**
 * The portions for `count` items of a recipe at a size. The recipe answers a quantity per size;
 * a size it does not list (drinks: SINGLE) falls back to the medium quantity.
 */
export function portions(recipe: Recipe, size: Size, count: number): Portion[] {
  return recipe.lines.map((line) => {
    const each = Number(line.quantities[size] ?? line.quantities.MEDIUM ?? line.quantities.SINGLE ?? 0);
    return {
      ingredientId: line.ingredientId,
      name: line.ingredientName,
      unit: line.unit,
      each,
      total: round(each * count, line.unit),
    };
  });
}

/** Grams and millilitres to the unit (nobody weighs 0.4 g on a kitchen scale), pieces to a half. */
function round(quantity: number, unit: Unit): number {
  if (unit === 'PIECE') return Math.round(quantity * 2) / 2;
  return quantity >= 10 ? Math.round(quantity) : Math.round(quantity * 10) / 10;
}

const SYMBOL: Record<Unit, string> = { GRAM: 'g', MILLILITRE: 'ml', PIECE: '' };

/** "56 g", "3,5 ml", "1" (pieces), in French or English number format. */
export function formatQuantity(quantity: number, unit: Unit, locale = 'fr-FR'): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
    round(quantity, unit),
  );
  const symbol = SYMBOL[unit];
  return symbol ? `${number}\u00a0${symbol}` : number;
}
