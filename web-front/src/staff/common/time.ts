/** Waiting times and clocks of the staff screens, always in Europe/Paris. */

export const PARIS = 'Europe/Paris';

/** Whole minutes elapsed from `since` (ISO instant) to `now`, never negative. */
export function minutesSince(since: string, now: Date): number {
  const elapsed = now.getTime() - new Date(since).getTime();
  return Math.max(0, Math.floor(elapsed / 60000));
}

/** A waiting time as a kitchen reads it at arm's length: "0 min", "12 min", "1 h 05". */
export function formatWaiting(minutes: number): string {
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} h ${String(rest).padStart(2, '0')}`;
}

export type Urgency = 'fresh' | 'waiting' | 'late';

/** How urgent an order is by its waiting time: late past 20 minutes, waiting past 10. */
export function urgency(minutes: number): Urgency {
  if (minutes >= 20) return 'late';
  if (minutes >= 10) return 'waiting';
  return 'fresh';
}

/** Today's date in Paris as YYYY-MM-DD. */
export function parisDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: PARIS,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** HH:mm in Paris. */
export function parisTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: PARIS,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
