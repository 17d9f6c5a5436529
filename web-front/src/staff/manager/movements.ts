import { PARIS } from '../common/time';
import type { MovementQuery, MovementReason } from './managerApi';

/** What the manager chose to see of the stock's history; dates are Paris days, both included. */
export interface MovementFilters {
  ingredientId: string;
  reason: '' | MovementReason;
  from: string;
  to: string;
}

export const NO_FILTER: MovementFilters = { ingredientId: '', reason: '', from: '', to: '' };

/** Minutes Paris is ahead of UTC at an instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: PARIS,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wall - instant) / 60_000);
}

/** The instant a Paris day (YYYY-MM-DD) starts, as ISO-8601 UTC. */
export function parisDayStart(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const utcMidnight = Date.UTC(year, month - 1, day);
  const first = utcMidnight - parisOffsetMinutes(utcMidnight) * 60_000;
  return new Date(utcMidnight - parisOffsetMinutes(first) * 60_000).toISOString();
}

/** The day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** What is wrong with the chosen period, as field → i18n key; nothing when it may be asked. */
export function filterErrors(filters: MovementFilters): Record<string, string> {
  if (filters.from && filters.to && filters.from > filters.to) return { to: 'manager.movements.toBeforeFrom' };
  return {};
}

/** The movements request for the chosen filters and page: the last day is included whole. */
export function movementQuery(filters: MovementFilters, page: number, size: number): MovementQuery {
  return {
    ingredientId: filters.ingredientId ? Number(filters.ingredientId) : undefined,
    reason: filters.reason || undefined,
    from: filters.from ? parisDayStart(filters.from) : undefined,
    to: filters.to ? parisDayStart(nextDay(filters.to)) : undefined,
    page,
    size,
  };
}

/** The value of a movement in euros, signed like its quantity, to the cent. */
export function movementValue(quantity: number, unitCost: number): number {
  return Math.round(Number(quantity) * Number(unitCost) * 100) / 100;
}
