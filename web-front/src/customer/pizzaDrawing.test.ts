import { describe, expect, it } from 'vitest';
import { familyOf, layout, LOOKS, sauceOf, seeded, toppings } from './pizzaDrawing';

const REINE = ['Pâton', 'Sauce tomate', 'Mozzarella', "Huile d'olive", 'Jambon', 'Champignons'];
const SAUMON = ['Pâton', 'Crème fraîche', 'Mozzarella', "Huile d'olive", 'Saumon fumé', 'Oignon rouge', 'Aneth'];

describe('drawing a pizza from its ingredients', () => {
  it('sorts each ingredient of the catalogue into a family with its own colour', () => {
    expect(familyOf('Mozzarella')).toBe('cheese');
    expect(familyOf('Fromage de chèvre')).toBe('cheese');
    expect(familyOf('Champignons')).toBe('mushroom');
    expect(familyOf('Jambon')).toBe('ham');
    expect(familyOf('Olives noires')).toBe('olive');
    expect(familyOf('Poivrons')).toBe('pepper');
    expect(familyOf('Basilic')).toBe('herb');
    expect(familyOf('Œuf')).toBe('egg');
    expect(familyOf('Saumon fumé')).toBe('fish');
    expect(familyOf('Truffe')).toBe('other');
    expect(LOOKS.cheese.colour).not.toBe(LOOKS.mushroom.colour);
  });

  it('spreads tomato or cream under the toppings, which leave out dough, oil and sauce', () => {
    expect(sauceOf(REINE)).toBe('tomato');
    expect(sauceOf(SAUMON)).toBe('cream');
    expect(toppings(REINE)).toEqual(['Mozzarella', 'Jambon', 'Champignons']);
  });

  it('lays the same pizza out the same way every time, and another pizza differently', () => {
    expect(layout(2, REINE)).toEqual(layout(2, REINE));
    expect(layout(3, REINE)).not.toEqual(layout(2, REINE));
    expect(seeded(42)()).toBe(seeded(42)());
  });

  it('puts the cheese first, every piece on the sauce, one piece per kind at least', () => {
    const pieces = layout(2, REINE);

    expect(pieces[0].family).toBe('cheese');
    expect(new Set(pieces.map((p) => p.family))).toEqual(new Set(['cheese', 'ham', 'mushroom']));
    for (const piece of pieces) expect(Math.hypot(piece.x, piece.y)).toBeLessThanOrEqual(0.78);
  });
});
