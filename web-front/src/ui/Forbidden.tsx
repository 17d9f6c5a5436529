import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <div className="state state-forbidden" role="alert">
      <h1>{t('state.forbiddenTitle')}</h1>
      <p>{t('state.forbidden')}</p>
      <Link to="/">{t('nav.home')}</Link>
    </div>
  );
}
