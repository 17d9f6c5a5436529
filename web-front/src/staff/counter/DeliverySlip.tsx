import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../ui';
import { parisTime } from '../common/time';
import type { Order } from '../types';

/**
 * The delivery slip: hidden on screen, the only thing printed (see the print stylesheet). Big
 * address, phone, what to collect, the lines to check in the bag.
 */
export function DeliverySlip({ order }: { order: Order }) {
  const { t } = useTranslation('staff');
  const address = order.deliveryAddress;
  return (
    <div className="delivery-slip" aria-hidden="true">
      <h1>
        {t('slip.title')} {order.number}
      </h1>
      <p>{t('slip.placedAt', { time: parisTime(order.placedAt) })}</p>
      <p className="slip-customer">
        {order.customer?.name}
        <br />
        {order.customer?.phone}
      </p>
      {address && (
        <p className="slip-address">
          {address.street}
          {address.complement && (
            <>
              <br />
              {address.complement}
            </>
          )}
          <br />
          {address.postcode} {address.city}
          {address.instructions && (
            <>
              <br />
              <em>{address.instructions}</em>
            </>
          )}
        </p>
      )}
      <table>
        <tbody>
          {order.lines.map((line, index) => (
            <tr key={index}>
              <td>{line.count} ×</td>
              <td>
                {line.productName}
                {line.size !== 'SINGLE' && ` (${t(`size.${line.size}`)})`}
              </td>
              <td>{formatMoney(line.lineTotalInclVat)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="slip-total">
        {t('counter.total')} {formatMoney(order.totalInclVat)} — {t(`paymentMethod.${order.paymentMethod}`)}
      </p>
      <p className="slip-due">
        {Number(order.amountDue) > 0
          ? t('slip.toCollect', { amount: formatMoney(order.amountDue) })
          : t('slip.paid')}
      </p>
    </div>
  );
}
