import { useTranslation } from 'react-i18next';
import { ProblemMessage } from './ProblemMessage';

/** A failed load: what went wrong in plain words, and a way to try again. */
export function ErrorState({ error, message, onRetry }: { error?: unknown; message?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state state-error" role="alert">
      {error ? <ProblemMessage error={error} /> : <p>{message ?? t('problem.generic')}</p>}
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
