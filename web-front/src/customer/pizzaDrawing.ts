/**
 * How a pizza of the menu is drawn from its ingredients: the sauce, then each topping as small
 * shapes scattered the same way every time for the same product (seeded by its id).
 */

export type Family =
  | 'base'
  | 'tomato'
  | 'cream'
  | 'cheese'
  | 'mushroom'
  | 'ham'
  | 'sausage'
  | 'olive'
  | 'pepper'
  | 'onion'
  | 'herb'
  | 'fish'
  | 'egg'
  | 'vegetable'
  | 'sweet'
  | 'other';

export type Shape = 'blob' | 'slice' | 'ring' | 'strip' | 'leaf' | 'dot';

/** The family of an ingredient, from words of its French name; unknown ones are `other`. */
const FAMILIES: [RegExp, Family][] = [
  [/p[âa]ton|p[âa]te|huile/, 'base'],
  [/tomate/, 'tomato'],
  [/cr[èe]me/, 'cream'],
  [/mozzarella|gorgonzola|ch[èe]vre|emmental|fromage|parmesan|comt[ée]|ricotta/, 'cheese'],
  [/champignon/, 'mushroom'],
  [/jambon|lardon|poulet|viande|b(œ|oe)uf/, 'ham'],
  [/chorizo|salami|merguez|pepperoni|saucisse/, 'sausage'],
  [/olive|c[âa]pre/, 'olive'],
  [/poivron|piment/, 'pepper'],
  [/oignon/, 'onion'],
  [/basilic|origan|aneth|persil|roquette|herbe/, 'herb'],
  [/anchois|saumon|thon|poisson|crevette/, 'fish'],
  [/œuf|oeuf/, 'egg'],
  [/artichaut|courgette|aubergine|[ée]pinard/, 'vegetable'],
  [/miel|noix|amande/, 'sweet'],
];

export function familyOf(ingredient: string): Family {
  const name = ingredient.toLocaleLowerCase('fr');
  return FAMILIES.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
}

/** Colour and shape of each family's pieces. */
export const LOOKS: Record<Family, { colour: string; shape: Shape }> = {
  base: { colour: '#e2b56b', shape: 'dot' },
  tomato: { colour: '#c8321e', shape: 'dot' },
  cream: { colour: '#f6efd9', shape: 'dot' },
  cheese: { colour: '#f7dc6f', shape: 'blob' },
  mushroom: { colour: '#a1887f', shape: 'slice' },
  ham: { colour: '#e8909c', shape: 'strip' },
  sausage: { colour: '#a93226', shape: 'ring' },
  olive: { colour: '#2c2c2c', shape: 'ring' },
  pepper: { colour: '#27ae60', shape: 'strip' },
  onion: { colour: '#b57edc', shape: 'ring' },
  herb: { colour: '#1e8449', shape: 'leaf' },
  fish: { colour: '#f0876a', shape: 'strip' },
  egg: { colour: '#f9e79f', shape: 'blob' },
  vegetable: { colour: '#7d9a3c', shape: 'slice' },
  sweet: { colour: '#b9770e', shape: 'dot' },
  other: { colour: '#8d6e63', shape: 'dot' },
};

/** A tomato base unless the recipe has cream and no tomato. */
export function sauceOf(ingredients: string[]): 'tomato' | 'cream' | 'none' {
  const families = ingredients.map(familyOf);
  if (families.includes('tomato')) return 'tomato';
  if (families.includes('cream')) return 'cream';
  return 'none';
}

/** The ingredients a customer cares about: all but the dough, the oil and the sauce. */
export function toppings(ingredients: string[]): string[] {
  return ingredients.filter((name) => !['base', 'tomato', 'cream'].includes(familyOf(name)));
}

/** A small deterministic generator (mulberry32): the same seed always gives the same numbers. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Piece {
  family: Family;
  shape: Shape;
  colour: string;
  x: number;
  y: number;
  rotation: number;
}

/**
 * The pieces of each topping on a pizza of radius 1 centred on 0,0, kept inside the sauce
 * (radius 0.78). Cheese comes first so the other toppings lie on it.
 */
export function layout(productId: number, ingredients: string[]): Piece[] {
  const random = seeded(productId * 7919 + 17);
  const pieces: Piece[] = [];
  const families = [...new Set(toppings(ingredients).map(familyOf))].sort(
    (a, b) => Number(b === 'cheese') - Number(a === 'cheese'),
  );
  for (const family of families) {
    const { colour, shape } = LOOKS[family];
    const count = family === 'cheese' ? 9 : family === 'egg' ? 1 : family === 'herb' ? 5 : 6;
    for (let i = 0; i < count; i++) {
      // Uniform over the disc: the square root spreads pieces evenly from centre to edge.
      const radius = family === 'egg' ? 0 : 0.7 * Math.sqrt(random());
      const angle = random() * 2 * Math.PI;
      pieces.push({
        family,
        shape,
        colour,
        x: round(radius * Math.cos(angle)),
        y: round(radius * Math.sin(angle)),
        rotation: Math.round(random() * 360),
      });
    }
  }
  return pieces;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
