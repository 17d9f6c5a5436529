import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { download } from '../../api/http';
import { formatDateTime, formatMoney, Money, ProblemMessage, QueryFallback, SubmitRow, useProblemFieldErrors } from '../../ui';
import { staffApi } from '../api';
import type { MenuItem, MenuSize } from '../types';
import { managerApi } from './managerApi';
import { countableLines, newLine, quoteErrors, quoteRequest, quoteTotals, VAT_RATES, type LineDraft, type QuoteDraft } from './quote';

const emptyDraft = (): QuoteDraft => ({ customerName: '', deliveryAddress: '', lines: [newLine()] });

const percent = (rate: number) => `${new Intl.NumberFormat('fr-FR').format(rate)}\u00a0%`;

/**
 * A quote (a pro-forma with no invoice number) for a customer or a company ordering ahead: lines
 * typed or taken from the pizzeria's menu, totals as they will print, then the PDF to send them.
 */
export function QuoteForm({ pizzeriaId }: { pizzeriaId: number }) {
  const { t, i18n } = useTranslation('staff');
  const id = useId();
  const [draft, setDraft] = useState<QuoteDraft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const menu = useQuery({ queryKey: ['staff', 'menu', pizzeriaId], queryFn: () => staffApi.menu(pizzeriaId) });
  const quotes = useQuery({ queryKey: ['manager', 'quotes', pizzeriaId], queryFn: () => managerApi.quotes(pizzeriaId) });
  const create = useMutation({
    mutationFn: (body: ReturnType<typeof quoteRequest>) => managerApi.createQuote(body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['manager', 'quotes', pizzeriaId] });
      setDraft(emptyDraft());
      setErrors({});
    },
  });
  const fetchPdf = useMutation({
    mutationFn: (reference: string) => download(managerApi.quotePdfPath(reference), `${reference}.pdf`),
  });
  const serverErrors = useProblemFieldErrors(create.error);
  const errorOf = (field: string): string | undefined => (errors[field] ? t(errors[field]) : serverErrors[field]);
  const totals = quoteTotals(countableLines(draft));

  const setLine = (key: number, change: Partial<LineDraft>) =>
    setDraft({ ...draft, lines: draft.lines.map((line) => (line.key === key ? { ...line, ...change } : line)) });
  const removeLine = (key: number) => setDraft({ ...draft, lines: draft.lines.filter((line) => line.key !== key) });
  const addFromMenu = (item: MenuItem, size: MenuSize) => {
    const designation = size.size === 'SINGLE' ? item.name : `${item.name} (${t(`size.${size.size}`)})`;
    const line = newLine({
      designation,
      unitPrice: String(size.priceExclVat).replace('.', ','),
      vatRate: String(item.vatRate),
    });
    // The first line still blank is replaced rather than left empty above the product.
    const blank = draft.lines.length === 1 && !draft.lines[0].designation.trim() && !draft.lines[0].unitPrice.trim();
    setDraft({ ...draft, lines: blank ? [line] : [...draft.lines, line] });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = quoteErrors(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate(quoteRequest(pizzeriaId, draft));
  };

  const field = (name: string) => {
    const error = errorOf(name);
    return {
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${id}-${name}-error` : undefined,
    };
  };
  const fieldError = (name: string) => {
    const error = errorOf(name);
    return error ? (
      <span id={`${id}-${name}-error`} className="field-error">
        {error}
      </span>
    ) : null;
  };

  return (
    <section className="quotes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('manager.quotes.title')}</h2>
      <p className="hint">{t('manager.quotes.hint')}</p>
      {create.isSuccess && (
        <p className="placed-confirmation" role="status">
          {t('manager.quotes.createdNow', { reference: create.data.reference })}
        </p>
      )}
      {!quotes.isSuccess ? (
        <QueryFallback query={quotes} />
      ) : (
        quotes.data.length > 0 && (
          <ul className="quotes-created" aria-label={t('manager.quotes.created')}>
            {quotes.data.map((quote) => (
              <li key={quote.reference}>
                {t('manager.quotes.createdLine', {
                  reference: quote.reference,
                  date: formatDateTime(quote.createdAt, i18n.language),
                  customer: quote.customerName,
                  total: formatMoney(quote.totalInclVat),
                })}{' '}
                <button type="button" className="button secondary" onClick={() => fetchPdf.mutate(quote.reference)}>
                  {t('manager.quotes.pdf', { reference: quote.reference })}
                </button>
              </li>
            ))}
          </ul>
        )
      )}
      {fetchPdf.error ? <ProblemMessage error={fetchPdf.error} /> : null}
      <form className="quote-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-customer`}>{t('manager.quotes.customerName')}</label>
          <input
            id={`${id}-customer`}
            value={draft.customerName}
            maxLength={200}
            autoComplete="off"
            {...field('customerName')}
            onChange={(e) => setDraft({ ...draft, customerName: e.target.value })}
          />
          {fieldError('customerName')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-address`}>{t('manager.quotes.deliveryAddress')}</label>
          <textarea
            id={`${id}-address`}
            value={draft.deliveryAddress}
            maxLength={400}
            rows={2}
            {...field('deliveryAddress')}
            onChange={(e) => setDraft({ ...draft, deliveryAddress: e.target.value })}
          />
          {fieldError('deliveryAddress')}
        </div>
        <MenuPicker menu={menu} onPick={addFromMenu} />
        <table className="quote-lines">
          <caption>{t('manager.quotes.lines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manager.quotes.quantity')}</th>
              <th scope="col">{t('manager.quotes.designation')}</th>
              <th scope="col">{t('manager.quotes.unitPrice')}</th>
              <th scope="col">{t('manager.quotes.vatRate')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('manager.quotes.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.lines.map((line, index) => {
              const at = `lines[${index}].`;
              const n = index + 1;
              return (
                <tr key={line.key}>
                  <td>
                    <input
                      inputMode="numeric"
                      className="quantity"
                      aria-label={t('manager.quotes.quantityOf', { n })}
                      value={line.quantity}
                      {...field(`${at}quantity`)}
                      onChange={(e) => setLine(line.key, { quantity: e.target.value })}
                    />
                    {fieldError(`${at}quantity`)}
                  </td>
                  <td>
                    <input
                      aria-label={t('manager.quotes.designationOf', { n })}
                      value={line.designation}
                      maxLength={120}
                      {...field(`${at}designation`)}
                      onChange={(e) => setLine(line.key, { designation: e.target.value })}
                    />
                    {fieldError(`${at}designation`)}
                  </td>
                  <td>
                    <input
                      inputMode="decimal"
                      className="price"
                      aria-label={t('manager.quotes.unitPriceOf', { n })}
                      value={line.unitPrice}
                      {...field(`${at}unitPriceExclVat`)}
                      onChange={(e) => setLine(line.key, { unitPrice: e.target.value })}
                    />
                    {fieldError(`${at}unitPriceExclVat`)}
                  </td>
                  <td>
                    <select
                      aria-label={t('manager.quotes.vatRateOf', { n })}
                      value={line.vatRate}
                      {...field(`${at}vatRate`)}
                      onChange={(e) => setLine(line.key, { vatRate: e.target.value })}
                    >
                      {VAT_RATES.map((rate) => (
                        <option key={rate} value={String(rate)}>
                          {percent(rate)}
                        </option>
                      ))}
                    </select>
                    {fieldError(`${at}vatRate`)}
                  </td>
                  <td>
                    <button type="button" className="button link" onClick={() => removeLine(line.key)}>
                      {t('manager.quotes.removeLine', { n })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {(errors.lines || serverErrors.lines) && <p className="field-error">{errorOf('lines')}</p>}
        <button type="button" className="button secondary" onClick={() => setDraft({ ...draft, lines: [...draft.lines, newLine()] })}>
          {t('manager.quotes.addLine')}
        </button>
        <dl className="quote-totals" aria-label={t('manager.quotes.totals')}>
          <div>
            <dt>{t('manager.quotes.totalExclVat')}</dt>
            <dd>
              <Money value={totals.exclVat} />
            </dd>
          </div>
          {totals.vat.map((v) => (
            <div key={v.rate}>
              <dt>{t('manager.quotes.vatAt', { rate: percent(v.rate) })}</dt>
              <dd>
                <Money value={v.amount} />
              </dd>
            </div>
          ))}
          <div className="total">
            <dt>{t('manager.quotes.totalInclVat')}</dt>
            <dd>
              <Money value={totals.inclVat} />
            </dd>
          </div>
        </dl>
        <SubmitRow mutation={create}>{t('manager.quotes.create')}</SubmitRow>
      </form>
    </section>
  );
}

/** The pizzeria's products and sizes, to add to the quote at their price excl. VAT. */
function MenuPicker({
  menu,
  onPick,
}: {
  menu: { isSuccess: boolean; isPending: boolean; data?: { products: MenuItem[] } };
  onPick: (item: MenuItem, size: MenuSize) => void;
}) {
  const { t } = useTranslation('staff');
  const id = useId();
  if (!menu.isSuccess || !menu.data) {
    return menu.isPending ? <p className="hint">{t('manager.quotes.menuLoading')}</p> : null;
  }
  const options = menu.data.products.flatMap((item) => item.sizes.map((size) => ({ item, size })));
  return (
    <div className="field">
      <label htmlFor={id}>{t('manager.quotes.fromMenu')}</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          const picked = options[Number(e.target.value)];
          if (picked) onPick(picked.item, picked.size);
        }}
      >
        <option value="">{t('manager.quotes.pickProduct')}</option>
        {options.map(({ item, size }, index) => (
          <option key={`${item.productId}-${size.size}`} value={index}>
            {item.name}
            {size.size !== 'SINGLE' ? ` (${t(`size.${size.size}`)})` : ''} — {formatMoney(size.priceExclVat)} {t('manager.quotes.exclVat')}
          </option>
        ))}
      </select>
    </div>
  );
}
