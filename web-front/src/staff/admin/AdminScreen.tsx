import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import '../staff.css';
import { CataloguePanel } from './CataloguePanel';
import { IngredientsPanel } from './IngredientsPanel';
import { PizzeriasPanel } from './PizzeriasPanel';
import { SupplierDirectory } from './SupplierDirectory';

export type AdminTab = 'pizzerias' | 'catalogue' | 'ingredients' | 'suppliers';

/** The head office: pizzerias (hours, delivery areas), the catalogue, ingredients and suppliers. */
export function AdminScreen({ tab }: { tab: AdminTab }) {
  const { t } = useTranslation('staff');
  return (
    <section className="staff-screen admin" aria-labelledby="admin-title">
      <header className="staff-screen-header">
        <h1 id="admin-title">{t('admin.title')}</h1>
        <nav className="staff-tabs" aria-label={t('admin.sections')}>
          <NavLink to="/staff/admin" end>
            {t('admin.tab.pizzerias')}
          </NavLink>
          <NavLink to="/staff/admin/catalogue">{t('admin.tab.catalogue')}</NavLink>
          <NavLink to="/staff/admin/ingredients">{t('admin.tab.ingredients')}</NavLink>
          <NavLink to="/staff/admin/suppliers">{t('admin.tab.suppliers')}</NavLink>
        </nav>
      </header>
      {tab === 'pizzerias' && <PizzeriasPanel />}
      {tab === 'catalogue' && <CataloguePanel />}
      {tab === 'ingredients' && <IngredientsPanel />}
      {tab === 'suppliers' && <SupplierDirectory />}
    </section>
  );
}
