import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../auth/RequireRole';
import { Loading } from '../ui';

// Loaded on first visit only: customers never download the staff screens nor the chart library.
const AdminScreen = lazy(() => import('./admin/AdminScreen').then((m) => ({ default: m.AdminScreen })));
const CounterScreen = lazy(() => import('./counter/CounterScreen').then((m) => ({ default: m.CounterScreen })));
const CourierScreen = lazy(() => import('./courier/CourierScreen').then((m) => ({ default: m.CourierScreen })));
const KitchenScreen = lazy(() => import('./kitchen/KitchenScreen').then((m) => ({ default: m.KitchenScreen })));
const ManagerScreen = lazy(() => import('./manager/ManagerScreen').then((m) => ({ default: m.ManagerScreen })));

/** Who may open each screen; the services check again on every call. */
const ROLES = {
  counter: ['COUNTER', 'MANAGER', 'ADMIN'],
  kitchen: ['PIZZAIOLO', 'MANAGER', 'ADMIN'],
  courier: ['COURIER', 'MANAGER', 'ADMIN'],
  manager: ['MANAGER', 'ADMIN'],
  admin: ['ADMIN'],
};

const guarded = (roles: string[], element: ReactNode) => (
  <RequireRole roles={roles}>
    <Suspense fallback={<Loading />}>{element}</Suspense>
  </RequireRole>
);

/** The staff screens (counter, kitchen, courier, manager, admin), under /staff/... */
export const staffRoutes: RouteObject[] = [
  { path: 'staff/counter', element: guarded(ROLES.counter, <CounterScreen />) },
  { path: 'staff/kitchen', element: guarded(ROLES.kitchen, <KitchenScreen />) },
  { path: 'staff/courier', element: guarded(ROLES.courier, <CourierScreen />) },
  { path: 'staff/manager', element: guarded(ROLES.manager, <ManagerScreen tab="dashboard" />) },
  { path: 'staff/manager/orders', element: guarded(ROLES.manager, <ManagerScreen tab="orders" />) },
  { path: 'staff/manager/stock', element: guarded(ROLES.manager, <ManagerScreen tab="stock" />) },
  { path: 'staff/manager/suppliers', element: guarded(ROLES.manager, <ManagerScreen tab="suppliers" />) },
  { path: 'staff/manager/team', element: guarded(ROLES.manager, <ManagerScreen tab="team" />) },
  { path: 'staff/manager/documents', element: guarded(ROLES.manager, <ManagerScreen tab="documents" />) },
  { path: 'staff/admin', element: guarded(ROLES.admin, <AdminScreen tab="pizzerias" />) },
  { path: 'staff/admin/catalogue', element: guarded(ROLES.admin, <AdminScreen tab="catalogue" />) },
  { path: 'staff/admin/ingredients', element: guarded(ROLES.admin, <AdminScreen tab="ingredients" />) },
  { path: 'staff/admin/suppliers', element: guarded(ROLES.admin, <AdminScreen tab="suppliers" />) },
];

/**
 * Header links to the staff screens, shown to the roles listed. The head office sees the manager
 * and admin screens only: it reaches a pizzeria's counter, kitchen or courier view by address.
 */
export const staffNav: { path: string; labelKey: string; roles: string[] }[] = [
  { path: '/staff/counter', labelKey: 'nav.counter', roles: ['COUNTER', 'MANAGER'] },
  { path: '/staff/kitchen', labelKey: 'nav.kitchen', roles: ['PIZZAIOLO', 'MANAGER'] },
  { path: '/staff/courier', labelKey: 'nav.courier', roles: ['COURIER', 'MANAGER'] },
  { path: '/staff/manager', labelKey: 'nav.manager', roles: ['MANAGER', 'ADMIN'] },
  { path: '/staff/admin', labelKey: 'nav.admin', roles: ['ADMIN'] },
];
