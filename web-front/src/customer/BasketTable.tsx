import { useTranslation } from 'react-i18next';
import { Money } from '../ui';
import type { Size } from '../api/types';
import { basketTotals, type Amount, type BasketLine } from './basket';

/** The lines with their prices incl. VAT, the VAT per rate and the totals. */
export function BasketTable({
  lines,
  deliveryFeeExclVat,
  onCount,
}: {
  lines: BasketLine[];
  deliveryFeeExclVat?: Amount;
  onCount?: (productId: number, size: Size, count: number) => void;
}) {
  const { t } = useTranslation();
  const totals = basketTotals(lines, deliveryFeeExclVat);
  return (
    <table className="basket">
      <caption className="visually-hidden">{t('basket.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('basket.product')}</th>
          <th scope="col">{t('basket.quantity')}</th>
          <th scope="col" className="number">
            {t('basket.price')}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={`${line.productId}-${line.size}`}>
            <th scope="row">
              {line.name} {line.size !== 'SINGLE' && <span className="muted">({t(`size.${line.size}`)})</span>}
            </th>
            <td>
              {onCount ? (
                <span className="stepper">
                  <button
                    type="button"
                    aria-label={t('basket.less', { name: line.name })}
                    onClick={() => onCount(line.productId, line.size, line.count - 1)}
                  >
                    −
                  </button>
                  <span aria-live="polite">{line.count}</span>
                  <button
                    type="button"
                    aria-label={t('basket.more', { name: line.name })}
                    onClick={() => onCount(line.productId, line.size, line.count + 1)}
                  >
                    +
                  </button>
                </span>
              ) : (
                line.count
              )}
            </td>
            <td className="number">
              <Money value={Number(line.unitPriceInclVat) * line.count} />
            </td>
          </tr>
        ))}
        {totals.deliveryFeeExclVat > 0 && (
          <tr>
            <th scope="row">{t('basket.deliveryFee')}</th>
            <td />
            <td className="number">
              <Money value={totals.deliveryFeeExclVat * (1 + 0.1)} />
            </td>
          </tr>
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('basket.totalExclVat')}</th>
          <td />
          <td className="number">
            <Money value={totals.exclVat} />
          </td>
        </tr>
        {totals.vatByRate.map(({ rate, vat }) => (
          <tr key={rate}>
            <th scope="row">{t('basket.vatAt', { rate: rate.toLocaleString('fr-FR') })}</th>
            <td />
            <td className="number">
              <Money value={vat} />
            </td>
          </tr>
        ))}
        <tr className="total">
          <th scope="row">{t('basket.totalInclVat')}</th>
          <td />
          <td className="number" data-testid="total-incl-vat">
            <Money value={totals.inclVat} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
