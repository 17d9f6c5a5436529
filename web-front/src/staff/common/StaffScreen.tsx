import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../ui';
import '../staff.css';

/**
 * The frame of every staff screen: its title, the pizzeria picker for the head office, and the
 * screen itself once a pizzeria is known.
 */
export function StaffScreen({
  title,
  className,
  pizzeriaId,
  picker,
  aside,
  children,
}: {
  title: string;
  className: string;
  pizzeriaId: number | null;
  picker: ReactNode;
  aside?: ReactNode;
  children: (pizzeriaId: number) => ReactNode;
}) {
  const { t } = useTranslation('staff');
  return (
    <section className={`staff-screen ${className}`} aria-labelledby={`${className}-title`}>
      <header className="staff-screen-header">
        <h1 id={`${className}-title`}>{title}</h1>
        {picker}
        {aside}
      </header>
      {pizzeriaId == null ? <Empty message={t('common.pickPizzeria')} /> : children(pizzeriaId)}
    </section>
  );
}
