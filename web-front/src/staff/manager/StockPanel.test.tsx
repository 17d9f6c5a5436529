import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderAs } from '../testing/render';
import { StockPanel } from './StockPanel';

const stock = {
  pizzeriaId: 1,
  lowCount: 1,
  ingredients: [
    { ingredientId: 1, name: 'Basilic', unit: 'GRAM', quantity: 300, threshold: 50, low: false, unitCost: 0.02 },
    { ingredientId: 2, name: 'Champignons', unit: 'GRAM', quantity: 120, threshold: 500, low: true, unitCost: 0.006 },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('manager stock', { timeout: 30_000 }, () => {
  it('lists what runs low first and sends only the quantities counted', async () => {
    const calls = fakeApi(
      on('GET', '/api/stock/pizzerias/1', () => ({ json: stock })),
      on('POST', '/api/stock/pizzerias/1/inventory', () => ({ json: { pizzeriaId: 1, lines: [] } })),
    );
    renderAs(['MANAGER'], <StockPanel pizzeriaId={1} />);
    const rows = await screen.findAllByRole('row');
    expect(rows[1]).toHaveTextContent('Champignons');
    expect(within(rows[1]).getByText('Stock bas')).toBeInTheDocument();
    expect(screen.getByText('1 ingrédient sous son seuil.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Quantité comptée de Champignons'), '2500,5');
    await userEvent.click(screen.getByRole('button', { name: "Enregistrer l'inventaire" }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        lines: [{ ingredientId: 2, countedQuantity: 2500.5 }],
      }),
    );
  });

  it('refuses a loss without an ingredient or with a quantity that is not a number', async () => {
    const calls = fakeApi(on('GET', '/api/stock/pizzerias/1', () => ({ json: stock })));
    renderAs(['MANAGER'], <StockPanel pizzeriaId={1} />);
    await userEvent.type(await screen.findByLabelText('Quantité'), 'beaucoup');
    await userEvent.click(screen.getByRole('button', { name: 'Déclarer la perte' }));
    expect(screen.getAllByText('Choisir un ingrédient').length).toBeGreaterThan(1);
    expect(screen.getByText(/Saisissez une quantité positive/)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('raises a threshold above the stock and shows the ingredient low at once', async () => {
    const raised = {
      pizzeriaId: 1,
      lowCount: 2,
      ingredients: [{ ...stock.ingredients[0], threshold: 400, low: true }, stock.ingredients[1]],
    };
    const calls = fakeApi(
      on('GET', '/api/stock/pizzerias/1', () => ({ json: stock })),
      on('GET', '/api/stock/pizzerias/1/movements', () => ({ json: { items: [], page: 0, size: 20, totalItems: 0 } })),
      on('PUT', '/api/stock/pizzerias/1/thresholds', () => ({ json: raised })),
    );
    renderAs(['MANAGER'], <StockPanel pizzeriaId={1} />);
    await userEvent.type(await screen.findByLabelText('Nouveau seuil de Basilic (g)'), '400');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les seuils' }));

    await screen.findByText('1 seuil enregistré.');
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ lines: [{ ingredientId: 1, threshold: 400 }] });
    expect(screen.getByText('2 ingrédients sous leur seuil.')).toBeInTheDocument();
    const basil = screen.getAllByRole('row', { name: /Basilic/ })[0];
    expect(within(basil).getByText('Stock bas')).toBeInTheDocument();
  });

  it('sends no threshold that is not a number, and shows the one the service refused under its ingredient', async () => {
    const calls = fakeApi(
      on('GET', '/api/stock/pizzerias/1', () => ({ json: stock })),
      on('GET', '/api/stock/pizzerias/1/movements', () => ({ json: { items: [], page: 0, size: 20, totalItems: 0 } })),
      on('PUT', '/api/stock/pizzerias/1/thresholds', () => ({
        status: 400,
        json: {
          type: 'urn:ocpizza:problem:validation',
          title: 'Invalid request',
          errors: [{ field: 'lines[0].threshold', message: 'must be less than or equal to 1000000' }],
        },
      })),
    );
    renderAs(['MANAGER'], <StockPanel pizzeriaId={1} />);
    const champignons = await screen.findByLabelText('Nouveau seuil de Champignons (g)');
    await userEvent.type(champignons, 'un peu');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les seuils' }));
    expect(screen.getByText(/Saisissez un seuil positif ou nul/)).toBeInTheDocument();
    expect(champignons).toHaveAttribute('aria-invalid', 'true');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.clear(champignons);
    await userEvent.type(champignons, '999999');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les seuils' }));
    await waitFor(() => expect(champignons).toHaveAttribute('aria-invalid', 'true'));
    expect(champignons).toHaveAccessibleDescription(/1000000/);
  });

  it('lists the movements newest first, filtered by ingredient and days, page by page', async () => {
    const movement = (id: number, reason: string, quantity: number, note: string | null = null) => ({
      id,
      ingredientId: 2,
      ingredientName: 'Champignons',
      unit: 'GRAM',
      reason,
      quantity,
      unitCost: 0.006,
      orderId: null,
      supplierOrderId: reason === 'SUPPLIER_DELIVERY' ? 12 : null,
      actor: 'user-1',
      note,
      occurredAt: '2026-11-29T18:00:00Z',
    });
    const calls = fakeApi(
      on('GET', '/api/stock/pizzerias/1', () => ({ json: stock })),
      on('GET', '/api/stock/pizzerias/1/movements', (call) => ({
        json: {
          items: call.path.includes('page=1')
            ? [movement(1, 'SUPPLIER_DELIVERY', 5000)]
            : [movement(3, 'WASTE', -500, 'tombés par terre'), movement(2, 'INVENTORY_CORRECTION', 120)],
          page: call.path.includes('page=1') ? 1 : 0,
          size: 20,
          totalItems: 23,
        },
      })),
    );
    renderAs(['MANAGER'], <StockPanel pizzeriaId={1} />);
    const waste = await screen.findByRole('row', { name: /Perte/ });
    expect(waste).toHaveTextContent(/\u2212500\s?g/);
    expect(waste).toHaveTextContent(/-3,00\s?€/);
    expect(waste).toHaveTextContent('tombés par terre');
    expect(screen.getByText('23 mouvements')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Suivants' }));
    expect(await screen.findByText('Commande fournisseur n° 12')).toBeInTheDocument();
    expect(screen.getByText('Page 2 sur 2')).toBeInTheDocument();

    const filters = within(screen.getByRole('group', { name: 'Filtrer les mouvements' }));
    await userEvent.selectOptions(filters.getByLabelText('Ingrédient'), 'Champignons');
    await userEvent.type(filters.getByLabelText('Du'), '2026-11-29');
    await waitFor(() =>
      expect(calls.at(-1)?.path).toBe(
        '/api/stock/pizzerias/1/movements?ingredientId=2&from=2026-11-28T23%3A00%3A00.000Z&page=0&size=20',
      ),
    );
    await userEvent.type(filters.getByLabelText('Au'), '2026-11-28');
    expect(screen.getByText('La fin doit suivre le début.')).toBeInTheDocument();
    expect(calls.some((c) => c.path.includes('to='))).toBe(false);
  });
});
