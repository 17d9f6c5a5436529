import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/http';
import { fieldMessage } from './problemText';

/**
 * The server's field errors of a failed request, by field name (`address.postcode`...), to show
 * each under its input, in plain French when the message is a known one.
 */
export function useProblemFieldErrors(error: unknown): Record<string, string> {
  const { t } = useTranslation();
  if (!(error instanceof ProblemError) || !error.errors) return {};
  const byField: Record<string, string> = {};
  for (const { field, message } of error.errors) {
    const plain = fieldMessage(message, t);
    byField[field] = byField[field] ? `${byField[field]} ; ${plain}` : plain;
  }
  return byField;
}
