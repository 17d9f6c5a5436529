import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderAs } from '../testing/render';
import { Dashboard } from './Dashboard';

const kpis = (revenue: number) => ({
  orders: 3,
  revenueExclVat: revenue / 1.1,
  vat: 0,
  revenueInclVat: revenue,
  vatByRate: [],
  costOfGoods: 7.5,
  grossMargin: 20,
  marginRate: 72.7,
  losses: 1.2,
  averageBasketInclVat: revenue / 3,
  averageBasketExclVat: null,
  times: [{ stage: 'PREPARATION', orders: 3, p50Minutes: 11, p90Minutes: 14 }],
});

afterEach(() => vi.unstubAllGlobals());

describe('manager dashboard', { timeout: 30_000 }, () => {
  it("shows today's revenue beside the day before, and the orders per hour", async () => {
    const calls = fakeApi(
      on('GET', '/api/management/dashboard/summary', () => ({
        json: {
          pizzeriaId: 1,
          from: '2026-11-29',
          to: '2026-11-29',
          current: kpis(33),
          previousFrom: '2026-11-28',
          previousTo: '2026-11-28',
          previous: kpis(22),
          changes: { revenueInclVat: 50 },
        },
      })),
      on('GET', '/api/management/dashboard/timeseries', () => ({ json: [] })),
      on('GET', '/api/management/dashboard/top-products', () => ({ json: [] })),
      on('GET', '/api/management/dashboard/losses', () => ({ json: [{ reason: 'WASTE', amount: 1.2 }] })),
      on('GET', '/api/management/dashboard/peak-hours', () => ({
        json: [{ dayOfWeek: 7, hour: 20, orders: 3, averagePerWeek: 3 }],
      })),
      on('GET', '/api/management/dashboard/low-stock', () => ({
        json: [{ pizzeriaId: 1, ingredientId: 9, ingredientName: 'Champignons', quantity: 100, threshold: 500, raisedAt: '2026-11-29T18:00:00Z' }],
      })),
    );
    renderAs(['MANAGER'], <Dashboard pizzeriaId={1} />);

    const revenue = await screen.findByText("Chiffre d'affaires TTC");
    const kpi = revenue.closest('.kpi') as HTMLElement;
    expect(within(kpi).getByText(/33,00/)).toBeInTheDocument();
    expect(kpi).toHaveTextContent(/avant : 22,00\s€ \(\+50\s%\)/);
    expect(screen.getByText('Gaspillage')).toBeInTheDocument();
    expect(screen.getByText('Champignons')).toBeInTheDocument();
    const sunday = screen.getByRole('row', { name: /^Dim/ });
    expect(within(sunday).getByText('3')).toHaveClass('heat-4');
    expect(calls.find((c) => c.path.startsWith('/api/management/dashboard/summary'))?.path).toMatch(
      /period=DAY&date=\d{4}-\d{2}-\d{2}&pizzeriaId=1/,
    );
  });

  it('asks nothing for a custom period until both bounds are given in order', async () => {
    const calls = fakeApi(on('GET', '/api/management/dashboard/low-stock', () => ({ json: [] })));
    renderAs(['MANAGER'], <Dashboard pizzeriaId={1} />);
    await userEvent.selectOptions(screen.getByLabelText('Type de période'), 'CUSTOM');
    expect(screen.getAllByText('Date obligatoire.')).toHaveLength(2);
    await waitFor(() => expect(calls.filter((c) => c.path.includes('period=CUSTOM'))).toHaveLength(0));
  });
});
