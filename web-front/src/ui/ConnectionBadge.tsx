import { useTranslation } from 'react-i18next';
import type { StreamState } from '../api/http';

/** Tells whether live updates arrive (an SSE stream is open) or are being re-established. */
export function ConnectionBadge({ state }: { state: StreamState | 'connecting' }) {
  const { t } = useTranslation();
  return (
    <span className={`badge connection connection-${state}`} role="status" aria-live="polite">
      <span className="dot" aria-hidden="true" />
      {t(`connection.${state}`)}
    </span>
  );
}
