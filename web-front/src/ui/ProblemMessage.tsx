import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/http';
import { fieldMessage, problemText } from './problemText';

/** « Reine (Grande) » from a problem's `products` entry `{name, size}`. */
function productName(product: unknown, t: (key: string) => string): string {
  if (typeof product === 'string') return product;
  const { name, size } = (product ?? {}) as { name?: string; size?: string };
  const sizeLabel = size && size !== 'SINGLE' ? t(`size.${size}`) : '';
  return sizeLabel ? `${name} (${sizeLabel})` : String(name);
}

/**
 * Explains a failed request in plain words, with the field errors if any. Known problems are told
 * in the user's language; the server's own detail only follows a generic sentence.
 */
export function ProblemMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ProblemError)) {
    return <p className="problem">{t('problem.generic')}</p>;
  }
  const { text, showDetail } = problemText(error);
  const values = { ...text.values };
  if (values.status) values.status = t(`status.${values.status}`);
  const plain = t(text.key, { ...values, defaultValue: '' }) || t('problem.generic');
  const products = Array.isArray(error.extensions.products) ? (error.extensions.products as unknown[]) : [];
  return (
    <div className="problem" role="alert">
      <p>
        <strong>{plain}</strong>
        {showDetail && error.detail && products.length === 0 ? <> {error.detail}</> : null}
      </p>
      {products.length > 0 && (
        <ul>
          {products.map((product, index) => (
            <li key={index}>{productName(product, t)}</li>
          ))}
        </ul>
      )}
      {error.errors && error.errors.length > 0 && (
        <ul>
          {error.errors.map((fieldError) => (
            <li key={fieldError.field + fieldError.message}>
              {t(`field.${fieldError.field}`, { defaultValue: fieldError.field })} : {fieldMessage(fieldError.message, t)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
