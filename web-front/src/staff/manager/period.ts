/** The period a manager looks at, as the dashboards API takes it. */
export type PeriodKind = 'DAY' | 'WEEK' | 'MONTH' | 'CUSTOM';

export interface PeriodChoice {
  kind: PeriodKind;
  date: string;
  from?: string;
  to?: string;
}

/** The query string of a dashboard request for a pizzeria (none: the whole chain). */
export function periodQuery(choice: PeriodChoice, pizzeriaId?: number | null): string {
  const params = new URLSearchParams({ period: choice.kind });
  if (choice.kind === 'CUSTOM') {
    if (choice.from) params.set('from', choice.from);
    if (choice.to) params.set('to', choice.to);
  } else {
    params.set('date', choice.date);
  }
  if (pizzeriaId != null) params.set('pizzeriaId', String(pizzeriaId));
  return params.toString();
}

/** What is wrong with a custom period before asking the server, as field → i18n key. */
export function periodErrors(choice: PeriodChoice): Record<string, string> {
  if (choice.kind !== 'CUSTOM') return {};
  const errors: Record<string, string> = {};
  if (!choice.from) errors.from = 'manager.period.required';
  if (!choice.to) errors.to = 'manager.period.required';
  if (choice.from && choice.to && choice.from > choice.to) errors.to = 'manager.period.toBeforeFrom';
  return errors;
}

/** A change in percent as a signed French figure: "+12,5 %", "−3 %"; null when unknown. */
export function formatChange(percent: number | null | undefined, locale = 'fr-FR'): string | null {
  if (percent == null || Number.isNaN(Number(percent))) return null;
  const value = Number(percent);
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(value));
  const sign = value > 0 ? '+' : value < 0 ? '\u2212' : '';
  return `${sign}${text}\u00a0%`;
}
