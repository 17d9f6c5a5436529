import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Order } from '../types';
import { fakeApi, on, renderAs } from '../testing/render';
import { KitchenScreen } from './KitchenScreen';

function order(number: string, placedAt: string, status: Order['status'] = 'RECEIVED'): Order {
  return {
    id: `id-${number}`,
    number,
    pizzeriaId: 1,
    channel: 'WEB',
    fulfilment: 'DELIVERY',
    status,
    paymentMethod: 'CASH',
    paymentStatus: 'PENDING',
    finished: false,
    customer: null,
    deliveryAddress: null,
    lines: [
      { productId: 2, productName: 'Reine', size: 'LARGE', count: 2, unitPriceExclVat: 12.73, vatRate: 10, lineTotalExclVat: 25.46, lineTotalInclVat: 28.01 },
    ],
    deliveryFee: 0,
    totalExclVat: 25.46,
    vatByRate: {},
    totalInclVat: 28.01,
    amountPaid: 0,
    amountDue: 28.01,
    courierId: null,
    rejectionReason: null,
    placedAt,
    estimatedReadyAt: null,
    estimatedDeliveryAt: null,
    history: [],
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('kitchen display', { timeout: 30_000 }, () => {
  it('shows the oldest order first with how long it has waited', async () => {
    const now = Date.now();
    fakeApi(
      on('GET', '/api/pizzerias/1/orders/kitchen', () => ({
        json: [
          order('001-B', new Date(now - 3 * 60_000).toISOString()),
          order('001-A', new Date(now - 25 * 60_000).toISOString()),
        ],
      })),
    );
    renderAs(['PIZZAIOLO'], <KitchenScreen />);
    const cards = await screen.findAllByRole('article');
    expect(cards.map((c) => c.getAttribute('aria-label'))).toEqual(['Commande 001-A', 'Commande 001-B']);
    expect(within(cards[0]).getByText('25 min')).toBeInTheDocument();
    expect(cards[0]).toHaveClass('urgency-late');
    expect(within(cards[0]).getByText('2 ×')).toBeInTheDocument();
  });

  it('starts an order, then offers « Prête » once it is in preparation', async () => {
    let status: Order['status'] = 'RECEIVED';
    const calls = fakeApi(
      on('GET', '/api/pizzerias/1/orders/kitchen', () => ({ json: [order('002', new Date().toISOString(), status)] })),
      on('POST', '/api/orders/id-002/start-preparation', () => {
        status = 'IN_PREPARATION';
        return { json: order('002', new Date().toISOString(), status) };
      }),
    );
    renderAs(['PIZZAIOLO'], <KitchenScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Commencer' }));
    expect(await screen.findByRole('button', { name: 'Prête' })).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/orders/id-002/start-preparation')).toBe(true);
  });

  it('shows the recipe with the quantities for the size and count ordered', async () => {
    fakeApi(
      on('GET', '/api/pizzerias/1/orders/kitchen', () => ({ json: [order('003', new Date().toISOString())] })),
      on('GET', '/api/catalogue/products/2/recipe', () => ({
        json: {
          productId: 2,
          productName: 'Reine',
          memoryAid: 'Jambon en lanières, champignons émincés.',
          lines: [{ ingredientId: 7, ingredientName: 'Jambon', unit: 'GRAM', quantities: { SMALL: 42, MEDIUM: 60, LARGE: 84 } }],
        },
      })),
    );
    renderAs(['PIZZAIOLO'], <KitchenScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Recettes' }));
    const recipe = await screen.findByRole('region', { name: 'Recette de Reine' });
    const row = within(recipe).getByRole('row', { name: /Jambon/ });
    expect(row).toHaveTextContent(/84\s+g/);
    expect(row).toHaveTextContent(/168\s+g/);
    expect(within(recipe).getByText('Jambon en lanières, champignons émincés.')).toBeInTheDocument();
  });

  it('sends an order back only with the missing ingredient named', async () => {
    const calls = fakeApi(
      on('GET', '/api/pizzerias/1/orders/kitchen', () => ({ json: [order('004', new Date().toISOString(), 'IN_PREPARATION')] })),
      on('POST', '/api/orders/id-004/back-to-queue', (call) => ({ json: { ...order('004', new Date().toISOString()), echo: call.body } })),
    );
    renderAs(['PIZZAIOLO'], <KitchenScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Ingrédient manquant' }));
    await userEvent.click(screen.getByRole('button', { name: 'Renvoyer au comptoir' }));
    expect(screen.getByText('Dites quel ingrédient manque.')).toBeInTheDocument();
    expect(calls.some((c) => c.path.endsWith('/back-to-queue'))).toBe(false);
    await userEvent.type(screen.getByLabelText('Quel ingrédient manque ?'), 'champignons');
    await userEvent.click(screen.getByRole('button', { name: 'Renvoyer au comptoir' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path.endsWith('/back-to-queue'))?.body).toEqual({ reason: 'champignons' }),
    );
  });

  it('says so when the order was taken by someone else meanwhile', async () => {
    fakeApi(
      on('GET', '/api/pizzerias/1/orders/kitchen', () => ({ json: [order('005', new Date().toISOString())] })),
      on('POST', '/api/orders/id-005/start-preparation', () => ({
        status: 409,
        json: { type: 'urn:ocpizza:problem:conflict', title: 'Conflict', status: 409, detail: 'The order is IN_PREPARATION.' },
      })),
    );
    renderAs(['PIZZAIOLO'], <KitchenScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Commencer' }));
    expect(await screen.findByText(/The order is IN_PREPARATION\./)).toBeInTheDocument();
  });
});
