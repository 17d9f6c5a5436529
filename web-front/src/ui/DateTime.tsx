import { useTranslation } from 'react-i18next';

const ZONE = 'Europe/Paris';

/** A date and time as people in the pizzerias read it: Paris time, in the UI's language. */
export function formatDateTime(value: string | Date, language = 'fr', timeOnly = false): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const locale = language.startsWith('en') ? 'en-GB' : 'fr-FR';
  const options: Intl.DateTimeFormatOptions = timeOnly
    ? { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }
    : { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

export function DateTime({ value, timeOnly }: { value: string | Date | null | undefined; timeOnly?: boolean }) {
  const { i18n } = useTranslation();
  if (!value) return null;
  const iso = typeof value === 'string' ? value : value.toISOString();
  return <time dateTime={iso}>{formatDateTime(value, i18n.language, timeOnly)}</time>;
}
