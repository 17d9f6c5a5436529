import type { RouteObject } from 'react-router';
import { App } from './App';
import { Callback } from './auth/Callback';
import { RequireRole } from './auth/RequireRole';
import { staffRoutes } from './staff/routes';
import { Home } from './customer/Home';
import { MenuPage } from './customer/MenuPage';
import { BasketPage } from './customer/BasketPage';
import { CheckoutPage } from './customer/CheckoutPage';
import { OrderPage } from './customer/OrderPage';
import { OrderHistory } from './customer/OrderHistory';
import { AccountPage } from './customer/AccountPage';
import { SignUpPage } from './customer/SignUpPage';
import { ForgotPasswordPage } from './customer/ForgotPasswordPage';
import { NotFound } from './ui/NotFound';

const customer = (element: React.ReactNode) => <RequireRole roles={['CUSTOMER']}>{element}</RequireRole>;

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <App />,
    children: [
      { index: true, element: <Home /> },
      { path: 'callback', element: <Callback /> },
      { path: 'pizzerias/:pizzeriaId', element: <MenuPage /> },
      { path: 'basket', element: <BasketPage /> },
      { path: 'checkout', element: customer(<CheckoutPage />) },
      { path: 'orders', element: customer(<OrderHistory />) },
      { path: 'orders/:orderId', element: customer(<OrderPage />) },
      { path: 'account', element: customer(<AccountPage />) },
      { path: 'register', element: <SignUpPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      ...staffRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
];
