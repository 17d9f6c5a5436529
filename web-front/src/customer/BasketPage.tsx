import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty } from '../ui';
import { useBasket } from './basket';
import { BasketTable } from './BasketTable';

export function BasketPage() {
  const { t } = useTranslation();
  const { basket, setCount, clear } = useBasket();
  const missing = (useLocation().state as { missing?: string[] } | null)?.missing ?? [];
  if (basket.lines.length === 0) {
    return (
      <section className="page">
        <h1>{t('basket.title')}</h1>
        <Empty message={t('basket.empty')}>
          <Link to="/">{t('basket.choose')}</Link>
        </Empty>
      </section>
    );
  }
  return (
    <section className="page">
      <h1>{t('basket.title')}</h1>
      {missing.length > 0 && <p className="notice">{t('basket.missing', { names: missing.join(', ') })}</p>}
      <BasketTable lines={basket.lines} onCount={setCount} />
      <p className="muted">{t('basket.feeLater')}</p>
      <div className="actions">
        <Link className="button secondary" to={`/pizzerias/${basket.pizzeriaId}`}>
          {t('basket.continue')}
        </Link>
        <button type="button" className="button link" onClick={clear}>
          {t('basket.clear')}
        </button>
        <Link className="button primary" to="/checkout">
          {t('basket.checkout')}
        </Link>
      </div>
    </section>
  );
}
