import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth/AuthContext';
import { staffNav } from './staff/routes';
import { useBasket } from './customer/basket';
import { LANGUAGES } from './i18n';

/** The frame of every screen: header with what the user's roles allow, language switch, content. */
export function App() {
  const { t, i18n } = useTranslation();
  const { user, login, logout, hasRole } = useAuth();
  const { count } = useBasket();
  const isStaff = staffNav.some((item) => hasRole(...item.roles));
  const links = staffNav.filter((item) => hasRole(...item.roles));
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="header">
        <NavLink to="/" className="brand">
          <svg className="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path d="M16 3 L29 27 Q16 32 3 27 Z" fill="#f6c453" stroke="#fff" strokeWidth="2" strokeLinejoin="round" />
            <circle cx="16" cy="15" r="2.6" fill="#b3261e" />
            <circle cx="11" cy="23" r="2.4" fill="#b3261e" />
            <circle cx="20.5" cy="23.5" r="2.4" fill="#b3261e" />
          </svg>{' '}
          OC Pizza
        </NavLink>
        <nav aria-label={t('nav.label')}>
          <ul>
            {!isStaff && (
              <>
                <li>
                  <NavLink to="/">{t('nav.pizzerias')}</NavLink>
                </li>
                <li>
                  <NavLink to="/basket">
                    {t('nav.basket')}
                    {count > 0 && <span className="count"> ({count})</span>}
                  </NavLink>
                </li>
              </>
            )}
            {hasRole('CUSTOMER') && (
              <>
                <li>
                  <NavLink to="/orders">{t('nav.orders')}</NavLink>
                </li>
                <li>
                  <NavLink to="/account">{t('nav.account')}</NavLink>
                </li>
              </>
            )}
            {links.map((item) => (
              <li key={item.path}>
                <NavLink to={item.path}>{t(item.labelKey, { ns: 'staff' })}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <label className="visually-hidden" htmlFor="language">
            {t('nav.language')}
          </label>
          <select id="language" value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {language.toUpperCase()}
              </option>
            ))}
          </select>
          {user ? (
            <>
              <span className="user-name">{user.name ?? user.email}</span>
              <button type="button" className="button link" onClick={logout}>
                {t('nav.logout')}
              </button>
            </>
          ) : (
            <>
              <NavLink to="/register">{t('nav.register')}</NavLink>
              <button type="button" className="button link" onClick={() => login()}>
                {t('nav.login')}
              </button>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
