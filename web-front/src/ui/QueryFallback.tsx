import { ErrorState } from './ErrorState';
import { Loading } from './Loading';

/** What a query not yet answered shows: a spinner while it loads, its problem and a retry if it failed. */
export function QueryFallback({ query }: { query: { isPending: boolean; error: unknown; refetch: () => unknown } }) {
  if (query.isPending) return <Loading />;
  return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
}
