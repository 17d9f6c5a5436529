import { useTranslation } from 'react-i18next';
import type { OrderLine } from '../types';

/** "2 × Reine (grande)" lines, sizes spelled out. */
export function OrderLines({ lines }: { lines: OrderLine[] }) {
  const { t } = useTranslation('staff');
  return (
    <ul className="order-lines">
      {lines.map((line, index) => (
        <li key={index}>
          <span className="count">{line.count}&nbsp;×</span> {line.productName}
          {line.size !== 'SINGLE' && <span className="line-size"> ({t(`size.${line.size}`)})</span>}
        </li>
      ))}
    </ul>
  );
}
