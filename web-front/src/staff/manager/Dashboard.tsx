import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { api, download } from '../../api/http';
import { Empty, ErrorState, formatMoney, Loading, Money } from '../../ui';
import { parisDate } from '../common/time';
import type { DayPoint, Loss, LowStockAlert, PeakCell, ProductSales, Summary } from '../types';
import { heatmap, level } from './heatmap';
import { formatChange, periodErrors, periodQuery, type PeriodChoice, type PeriodKind } from './period';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

const KPIS: { key: string; money: boolean }[] = [
  { key: 'revenueInclVat', money: true },
  { key: 'revenueExclVat', money: true },
  { key: 'orders', money: false },
  { key: 'grossMargin', money: true },
  { key: 'costOfGoods', money: true },
  { key: 'averageBasketInclVat', money: true },
  { key: 'losses', money: true },
];

/** The manager's figures for a chosen period, beside the period just before. */
export function Dashboard({ pizzeriaId }: { pizzeriaId: number | null }) {
  const { t } = useTranslation('staff');
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'DAY', date: parisDate() });
  const errors = periodErrors(choice);
  const valid = Object.keys(errors).length === 0;
  const query = periodQuery(choice, pizzeriaId);
  const get = <T,>(path: string) => ({
    queryKey: ['staff', 'dashboard', path, query],
    queryFn: () => api<T>(`/api/management/dashboard/${path}?${query}`),
    enabled: valid,
  });
  const summary = useQuery(get<Summary>('summary'));
  const series = useQuery(get<DayPoint[]>('timeseries'));
  const top = useQuery(get<ProductSales[]>('top-products'));
  const losses = useQuery(get<Loss[]>('losses'));
  const peaks = useQuery(get<PeakCell[]>('peak-hours'));
  const low = useQuery({
    queryKey: ['staff', 'dashboard', 'low-stock', pizzeriaId],
    queryFn: () =>
      api<LowStockAlert[]>('/api/management/dashboard/low-stock' + (pizzeriaId != null ? `?pizzeriaId=${pizzeriaId}` : '')),
  });

  return (
    <div className="dashboard">
      <PeriodPicker choice={choice} onChange={setChoice} errors={errors} />
      <section aria-labelledby="kpi-title">
        <h2 id="kpi-title">{t('manager.kpis')}</h2>
        {summary.isPending ? (
          <Loading />
        ) : summary.isError ? (
          <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
        ) : (
          <Kpis summary={summary.data} />
        )}
      </section>
      <div className="dashboard-charts">
        <section aria-labelledby="series-title">
          <h2 id="series-title">{t('manager.revenueAndMargin')}</h2>
          <Loaded query={series}>{(data) => <SeriesChart points={data} />}</Loaded>
        </section>
        <section aria-labelledby="top-title">
          <h2 id="top-title">{t('manager.topProducts')}</h2>
          <Loaded query={top}>{(data) => <TopProducts products={data} />}</Loaded>
        </section>
        <section aria-labelledby="losses-title">
          <h2 id="losses-title">{t('manager.losses')}</h2>
          <Loaded query={losses}>{(data) => <Losses losses={data} />}</Loaded>
        </section>
        <section aria-labelledby="low-title">
          <h2 id="low-title">{t('manager.lowStock')}</h2>
          <Loaded query={low}>
            {(data) =>
              data.length === 0 ? (
                <Empty message={t('manager.noLowStock')} />
              ) : (
                <ul className="low-stock-list">
                  {data.map((a) => (
                    <li key={`${a.pizzeriaId}-${a.ingredientId}`}>
                      <strong>{a.ingredientName}</strong> {t('manager.lowStockLine', { quantity: a.quantity, threshold: a.threshold })}
                    </li>
                  ))}
                </ul>
              )
            }
          </Loaded>
        </section>
      </div>
      <section aria-labelledby="peaks-title">
        <h2 id="peaks-title">{t('manager.peaks')}</h2>
        <Loaded query={peaks}>{(data) => <Heatmap cells={data} />}</Loaded>
      </section>
      <section aria-labelledby="export-title" className="exports">
        <h2 id="export-title">{t('manager.exports')}</h2>
        {(['timeseries', 'top-products', 'margins', 'losses', 'peak-hours'] as const).map((name) => (
          <button
            key={name}
            type="button"
            className="button secondary"
            disabled={!valid}
            onClick={() => void download(`/api/management/dashboard/${name}.csv?${query}`, `${name}.csv`)}
          >
            {t(`manager.export.${name}`)}
          </button>
        ))}
      </section>
    </div>
  );
}

function Loaded<T>({
  query,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data?: T; refetch: () => unknown; fetchStatus: string };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending && query.fetchStatus === 'idle') return null;
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data as T)}</>;
}

function PeriodPicker({
  choice,
  onChange,
  errors,
}: {
  choice: PeriodChoice;
  onChange: (c: PeriodChoice) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('staff');
  return (
    <fieldset className="period-picker">
      <legend>{t('manager.period.title')}</legend>
      <label>
        {t('manager.period.kind')}
        <select value={choice.kind} onChange={(e) => onChange({ ...choice, kind: e.target.value as PeriodKind })}>
          {(['DAY', 'WEEK', 'MONTH', 'CUSTOM'] as PeriodKind[]).map((k) => (
            <option key={k} value={k}>
              {t(`manager.period.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {choice.kind === 'CUSTOM' ? (
        <>
          <label>
            {t('manager.period.from')}
            <input type="date" value={choice.from ?? ''} aria-invalid={errors.from ? true : undefined} onChange={(e) => onChange({ ...choice, from: e.target.value })} />
            {errors.from && <span className="field-error">{t(errors.from)}</span>}
          </label>
          <label>
            {t('manager.period.to')}
            <input type="date" value={choice.to ?? ''} aria-invalid={errors.to ? true : undefined} onChange={(e) => onChange({ ...choice, to: e.target.value })} />
            {errors.to && <span className="field-error">{t(errors.to)}</span>}
          </label>
        </>
      ) : (
        <label>
          {t('manager.period.date')}
          <input type="date" value={choice.date} onChange={(e) => onChange({ ...choice, date: e.target.value || parisDate() })} />
        </label>
      )}
    </fieldset>
  );
}

function Kpis({ summary }: { summary: Summary }) {
  const { t } = useTranslation('staff');
  const current = summary.current as unknown as Record<string, number | null>;
  const previous = summary.previous as unknown as Record<string, number | null>;
  return (
    <>
      <p className="comparison">
        {t('manager.comparedWith', { from: formatDay(summary.previousFrom), to: formatDay(summary.previousTo) })}
      </p>
      <dl className="kpis">
        {KPIS.map(({ key, money }) => {
          const change = formatChange(summary.changes[key]);
          return (
            <div key={key} className="kpi" data-kpi={key}>
              <dt>{t(`manager.kpi.${key}`)}</dt>
              <dd>
                <span className="kpi-value">{money ? <Money value={current[key] ?? 0} /> : current[key] ?? 0}</span>
                <span className="kpi-previous">
                  {t('manager.before')} {money ? formatMoney(previous[key] ?? 0) : previous[key] ?? 0}
                  {change && <> ({change})</>}
                </span>
              </dd>
            </div>
          );
        })}
        <div className="kpi" data-kpi="marginRate">
          <dt>{t('manager.kpi.marginRate')}</dt>
          <dd>
            <span className="kpi-value">
              {summary.current.marginRate == null ? '—' : `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(Number(summary.current.marginRate))}\u00a0%`}
            </span>
          </dd>
        </div>
      </dl>
      {summary.current.times.length > 0 && (
        <table className="stage-times">
          <caption>{t('manager.times')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manager.stage')}</th>
              <th scope="col">{t('manager.median')}</th>
              <th scope="col">{t('manager.p90')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.current.times.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{t(`manager.stages.${s.stage}`, { defaultValue: s.stage })}</th>
                <td>{s.p50Minutes == null ? '—' : `${s.p50Minutes} min`}</td>
                <td>{s.p90Minutes == null ? '—' : `${s.p90Minutes} min`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** A business day (YYYY-MM-DD) the French way: 28/11/2026. */
function formatDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

function SeriesChart({ points }: { points: DayPoint[] }) {
  const { t } = useTranslation('staff');
  if (points.length === 0) return <Empty message={t('manager.noSales')} />;
  return (
    <Bar
      role="img"
      aria-label={t('manager.revenueAndMargin')}
      data={{
        labels: points.map((p) => formatDay(p.date)),
        datasets: [
          { label: t('manager.kpi.revenueExclVat'), data: points.map((p) => Number(p.revenueExclVat)), backgroundColor: '#b3261e' },
          { label: t('manager.kpi.grossMargin'), data: points.map((p) => Number(p.grossMargin)), backgroundColor: '#2e7d32' },
        ],
      }}
      options={{ responsive: true, animation: false, plugins: { legend: { position: 'bottom' } } }}
    />
  );
}

function TopProducts({ products }: { products: ProductSales[] }) {
  const { t } = useTranslation('staff');
  if (products.length === 0) return <Empty message={t('manager.noSales')} />;
  return (
    <Bar
      role="img"
      aria-label={t('manager.topProducts')}
      data={{
        labels: products.map((p) => p.productName),
        datasets: [{ label: t('manager.quantity'), data: products.map((p) => p.quantity), backgroundColor: '#e65100' }],
      }}
      options={{ indexAxis: 'y', responsive: true, animation: false, plugins: { legend: { display: false } } }}
    />
  );
}

function Losses({ losses }: { losses: Loss[] }) {
  const { t } = useTranslation('staff');
  if (losses.length === 0) return <Empty message={t('manager.noLosses')} />;
  return (
    <table className="losses">
      <tbody>
        {losses.map((l) => (
          <tr key={l.reason}>
            <th scope="row">{t(`manager.lossReason.${l.reason}`, { defaultValue: l.reason })}</th>
            <td>
              <Money value={l.amount} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Heatmap({ cells }: { cells: PeakCell[] }) {
  const { t } = useTranslation('staff');
  const grid = heatmap(cells);
  if (grid.max === 0) return <Empty message={t('manager.noSales')} />;
  return (
    <div className="heatmap-wrap">
      <table className="heatmap">
        <caption className="visually-hidden">{t('manager.peaks')}</caption>
        <thead>
          <tr>
            <td />
            {grid.hours.map((h) => (
              <th key={h} scope="col">
                {h}h
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.dayOfWeek}>
              <th scope="row">{t(`day.${row.dayOfWeek}`)}</th>
              {row.values.map((value, i) => (
                <td key={i} className={`heat-${level(value, grid.max)}`} title={t('manager.peakCell', { count: value })}>
                  {value > 0 ? value : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
