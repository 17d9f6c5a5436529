import type { DayOfWeek, OpeningRange } from '../types';

export const DAYS: DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** "HH:mm" of a LocalTime as Jackson writes it ("18:00" or "18:00:00"). */
export function hhmm(time: string): string {
  return time.slice(0, 5);
}

/** What is wrong with a week of services, as i18n keys by row index; same rules as the server. */
export function hoursErrors(ranges: OpeningRange[]): Record<number, string> {
  const errors: Record<number, string> = {};
  ranges.forEach((range, i) => {
    if (!/^\d{2}:\d{2}$/.test(hhmm(range.opens)) || !/^\d{2}:\d{2}$/.test(hhmm(range.closes))) {
      errors[i] = 'admin.hours.invalid';
    } else if (hhmm(range.opens) >= hhmm(range.closes)) {
      errors[i] = 'admin.hours.closeAfterOpen';
    } else if (
      ranges.some(
        (other, j) =>
          j !== i && other.day === range.day && hhmm(range.opens) < hhmm(other.closes) && hhmm(other.opens) < hhmm(range.closes),
      )
    ) {
      errors[i] = 'admin.hours.overlap';
    }
  });
  return errors;
}

/** Postcodes typed as a list ("75011, 75012 75020") → the distinct 5-digit ones, and the bad ones. */
export function parsePostcodes(text: string): { postcodes: string[]; invalid: string[] } {
  const tokens = text.split(/[\s,;]+/).filter(Boolean);
  return {
    postcodes: [...new Set(tokens.filter((p) => /^\d{5}$/.test(p)))].sort(),
    invalid: tokens.filter((p) => !/^\d{5}$/.test(p)),
  };
}

/** Whether a SIRET is 14 digits whose Luhn checksum holds, as the server checks it. */
export function isSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(siret[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
