import { useTranslation } from 'react-i18next';
import { DateTime } from '../ui';
import { timeline } from './timeline';
import type { Order } from '../api/types';

/** The order's steps, the current one announced to screen readers as it changes. */
export function StatusTimeline({ order }: { order: Pick<Order, 'status' | 'fulfilment' | 'history'> }) {
  const { t } = useTranslation();
  return (
    <ol className="timeline" aria-label={t('order.timeline')}>
      {timeline(order).map((step) => (
        <li
          key={step.status}
          className={step.state}
          data-status={step.status}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span className="step-label">{t(`status.${step.status}`)}</span>
          {step.at && (
            <>
              {' '}
              <span className="muted">
                <DateTime value={step.at} timeOnly />
              </span>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
