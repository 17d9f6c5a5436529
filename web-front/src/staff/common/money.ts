/** Money arithmetic in cents, so that sums of euro amounts never drift. */

export function toCents(euros: number | string): number {
  return Math.round(Number(euros) * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** Parses an amount typed the French way ("12,50") or the English way ("12.50"). */
export function parseAmount(text: string): number | null {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return null;
  return Number(normalised);
}
