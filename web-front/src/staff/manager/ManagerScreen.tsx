import { useState, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import '../staff.css';
import './manager.css';
import { useAuth } from '../../auth/AuthContext';
import { StaffScreen } from '../common/StaffScreen';
import { PizzeriaPicker, usePizzeria } from '../common/usePizzeria';
import { Dashboard } from './Dashboard';
import { DocumentsPanel } from './DocumentsPanel';
import { OrdersPanel } from './OrdersPanel';
import { StockPanel } from './StockPanel';
import { SuppliersPanel } from './SuppliersPanel';
import { TeamPanel } from './TeamPanel';

export type ManagerTab = 'dashboard' | 'orders' | 'stock' | 'suppliers' | 'team' | 'documents';
const TABS: { tab: ManagerTab; path: string }[] = [
  { tab: 'dashboard', path: '/staff/manager' },
  { tab: 'orders', path: '/staff/manager/orders' },
  { tab: 'stock', path: '/staff/manager/stock' },
  { tab: 'suppliers', path: '/staff/manager/suppliers' },
  { tab: 'team', path: '/staff/manager/team' },
  { tab: 'documents', path: '/staff/manager/documents' },
];

/** The manager's office: figures, orders under way, stock, suppliers, team and documents of their pizzeria. */
export function ManagerScreen({ tab }: { tab: ManagerTab }) {
  const { t } = useTranslation('staff');
  const tabs = (
    <nav className="staff-tabs" aria-label={t('manager.sections')}>
      {TABS.map(({ tab: name, path }) => (
        <NavLink key={name} to={path} end>
          {t(`manager.tab.${name}`)}
        </NavLink>
      ))}
    </nav>
  );
  if (tab === 'dashboard') return <ChainOrPizzeriaDashboard tabs={tabs} />;
  return <PizzeriaTab tab={tab} tabs={tabs} />;
}

function PizzeriaTab({ tab, tabs }: { tab: ManagerTab; tabs: ReactNode }) {
  const { t } = useTranslation('staff');
  const { pizzeriaId, picker } = usePizzeria();
  return (
    <StaffScreen title={t('manager.title')} className="manager" pizzeriaId={pizzeriaId} picker={picker} aside={tabs}>
      {(id) =>
        tab === 'orders' ? (
          <OrdersPanel pizzeriaId={id} />
        ) : tab === 'stock' ? (
          <StockPanel pizzeriaId={id} />
        ) : tab === 'suppliers' ? (
          <SuppliersPanel pizzeriaId={id} />
        ) : tab === 'team' ? (
          <TeamPanel pizzeriaId={id} />
        ) : (
          <DocumentsPanel pizzeriaId={id} />
        )
      }
    </StaffScreen>
  );
}

/** Head office may look at the whole chain's figures (no pizzeria) or at one pizzeria's. */
function ChainOrPizzeriaDashboard({ tabs }: { tabs: ReactNode }) {
  const { t } = useTranslation('staff');
  const { user } = useAuth();
  const own = user?.pizzeriaId ?? null;
  const [chosen, setChosen] = useState<number | null>(null);
  const pizzeriaId = own ?? chosen;
  return (
    <section className="staff-screen manager" aria-labelledby="manager-title">
      <header className="staff-screen-header">
        <h1 id="manager-title">{t('manager.title')}</h1>
        {own == null && <PizzeriaPicker value={chosen} onChange={setChosen} allowAll />}
        {tabs}
      </header>
      <Dashboard pizzeriaId={pizzeriaId} />
    </section>
  );
}
