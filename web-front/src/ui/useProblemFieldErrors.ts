import { ProblemError } from '../api/http';

/**
 * The server's field errors of a failed request, by field name (`address.postcode`...), to show
 * each under its input.
 */
export function useProblemFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ProblemError) || !error.errors) return {};
  const byField: Record<string, string> = {};
  for (const { field, message } of error.errors) {
    byField[field] = byField[field] ? `${byField[field]} ; ${message}` : message;
  }
  return byField;
}
