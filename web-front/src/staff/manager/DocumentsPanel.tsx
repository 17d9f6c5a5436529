import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { download } from '../../api/http';
import { DateTime, Empty, Money, ProblemMessage, QueryFallback } from '../../ui';
import { staffApi } from '../api';
import { parisDate } from '../common/time';
import { periodQuery } from './period';
import { QuoteForm } from './QuoteForm';

/**
 * Invoices and credit notes of the pizzeria as PDF, an order's pro-forma, quotes for customers
 * ordering ahead, and the month's report as a PDF, with the dashboards' CSV exports for the same
 * month.
 */
export function DocumentsPanel({ pizzeriaId }: { pizzeriaId: number }) {
  const { t } = useTranslation('staff');
  const invoices = useQuery({ queryKey: ['staff', 'invoices', pizzeriaId], queryFn: () => staffApi.invoices(pizzeriaId) });
  const fetchPdf = useMutation({ mutationFn: ({ path, name }: { path: string; name: string }) => download(path, name) });
  return (
    <div className="documents-panel">
      <h2>{t('documents.invoices')}</h2>
      {fetchPdf.error && <ProblemMessage error={fetchPdf.error} />}
      {!invoices.isSuccess ? (
        <QueryFallback query={invoices} />
      ) : invoices.data.length === 0 ? (
        <Empty message={t('documents.none')} />
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('documents.number')}</th>
              <th scope="col">{t('documents.kind')}</th>
              <th scope="col">{t('documents.issuedAt')}</th>
              <th scope="col">{t('documents.totalInclVat')}</th>
              <th scope="col">
                <span className="visually-hidden">PDF</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invoices.data.map((invoice) => (
              <tr key={invoice.number}>
                <th scope="row">{invoice.number}</th>
                <td>{t(`documents.kinds.${invoice.kind}`, { defaultValue: invoice.kind })}</td>
                <td>
                  <DateTime value={invoice.issuedAt} />
                </td>
                <td>
                  <Money value={invoice.totalInclVat} />
                </td>
                <td>
                  <button
                    type="button"
                    className="button link"
                    onClick={() => fetchPdf.mutate({ path: `/api/management/invoices/${invoice.number}/pdf`, name: `${invoice.number}.pdf` })}
                  >
                    {t('documents.pdf', { number: invoice.number })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ProFormaForm onFetch={(orderId) => fetchPdf.mutate({ path: `/api/management/orders/${orderId}/pro-forma`, name: `pro-forma-${orderId}.pdf` })} />
      <QuoteForm pizzeriaId={pizzeriaId} />
      <MonthlyReport pizzeriaId={pizzeriaId} />
    </div>
  );
}

function ProFormaForm({ onFetch }: { onFetch: (orderId: string) => void }) {
  const { t } = useTranslation('staff');
  const [orderId, setOrderId] = useState('');
  const [error, setError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = orderId.trim();
    setError(id.length === 0);
    if (id) onFetch(id);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="proforma-title">
      <h2 id="proforma-title">{t('documents.proForma')}</h2>
      <label>
        {t('documents.orderId')}
        <input value={orderId} aria-invalid={error ? true : undefined} onChange={(e) => setOrderId(e.target.value)} />
      </label>
      {error && <span className="field-error">{t('counter.required')}</span>}
      <button type="submit" className="button">
        {t('documents.getProForma')}
      </button>
    </form>
  );
}

function MonthlyReport({ pizzeriaId }: { pizzeriaId: number }) {
  const { t } = useTranslation('staff');
  const [month, setMonth] = useState(parisDate().slice(0, 7));
  const fetchCsv = useMutation({ mutationFn: ({ path, name }: { path: string; name: string }) => download(path, name) });
  const query = periodQuery({ kind: 'MONTH', date: `${month}-01` }, pizzeriaId);
  return (
    <section aria-labelledby="monthly-title">
      <h2 id="monthly-title">{t('documents.monthly')}</h2>
      <label>
        {t('documents.month')}
        <input type="month" value={month} onChange={(e) => setMonth(e.target.value || parisDate().slice(0, 7))} />
      </label>
      <button
        type="button"
        className="button primary"
        onClick={() =>
          fetchCsv.mutate({
            path: `/api/management/reports/monthly?pizzeriaId=${pizzeriaId}&month=${month}`,
            name: `rapport-${month}.pdf`,
          })
        }
      >
        {t('documents.monthlyPdf')}
      </button>
      {(['timeseries', 'top-products', 'margins', 'losses'] as const).map((name) => (
        <button
          key={name}
          type="button"
          className="button secondary"
          onClick={() => fetchCsv.mutate({ path: `/api/management/dashboard/${name}.csv?${query}`, name: `${name}-${month}.csv` })}
        >
          {t(`manager.export.${name}`)}
        </button>
      ))}
      {fetchCsv.error && <ProblemMessage error={fetchCsv.error} />}
    </section>
  );
}
