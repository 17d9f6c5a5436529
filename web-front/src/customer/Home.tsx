import { Navigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { staffNav } from '../staff/routes';
import { PizzeriaChooser } from './PizzeriaChooser';

/** Customers and visitors choose a pizzeria; staff go straight to their own screen. */
export function Home() {
  const { user, hasRole } = useAuth();
  if (user && !hasRole('CUSTOMER')) {
    const own = staffNav.find((item) => hasRole(...item.roles));
    if (own) return <Navigate to={own.path} replace />;
  }
  return <PizzeriaChooser />;
}
