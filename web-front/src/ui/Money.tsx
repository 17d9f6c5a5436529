const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** An amount in euros, French style: « 12,50 € ». */
export function formatMoney(value: number | string): string {
  return euros.format(typeof value === 'string' ? Number(value) : value);
}

export function Money({ value, className }: { value: number | string | null | undefined; className?: string }) {
  if (value === null || value === undefined) return null;
  return <span className={className ?? 'money'}>{formatMoney(value)}</span>;
}
