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
});
