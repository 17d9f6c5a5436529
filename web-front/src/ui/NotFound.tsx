import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="state">
      <h1>{t('state.notFoundTitle')}</h1>
      <Link to="/">{t('nav.home')}</Link>
    </div>
  );
}
