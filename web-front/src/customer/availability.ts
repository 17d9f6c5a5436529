import type { MenuItem, MenuSize } from '../api/types';

export type Availability = { available: boolean; missing: string[]; canMake: number };

/** Whether a size can be ordered now, and what is missing when not. */
export function sizeAvailability(offer: MenuSize): Availability {
  return {
    available: offer.available && offer.canMake > 0,
    missing: offer.missingIngredients ?? [],
    canMake: offer.canMake,
  };
}

/**
 * A product as the menu shows it: orderable if at least one size is; the missing ingredients are
 * those that stop every size (the smallest size may still be made with what is left).
 */
export function itemAvailability(item: MenuItem): Availability {
  const sizes = item.sizes.map(sizeAvailability);
  const available = item.available && sizes.some((s) => s.available);
  const missing = available
    ? []
    : [...new Set(sizes.flatMap((s) => s.missing))].sort((a, b) => a.localeCompare(b, 'fr'));
  return { available, missing, canMake: Math.max(0, ...sizes.map((s) => s.canMake)) };
}

/** « champignons », « champignons et jambon », « anchois, câpres et olives noires ». */
export function listIngredients(names: string[], and: string): string {
  const lower = names.map((name) => name.toLocaleLowerCase('fr'));
  if (lower.length <= 1) return lower.join('');
  return `${lower.slice(0, -1).join(', ')} ${and} ${lower[lower.length - 1]}`;
}
