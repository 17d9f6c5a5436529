import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderAs } from '../testing/render';
import type { Menu } from '../types';
import { CounterScreen } from './CounterScreen';

const menu: Menu = {
  pizzeriaId: 1,
  products: [
    {
      productId: 2,
      name: 'Reine',
      category: 'PIZZA',
      description: '',
      photoUrl: null,
      vatRate: 10,
      available: false,
      sizes: [
        { size: 'MEDIUM', priceExclVat: 10, priceInclVat: 11, canMake: 0, available: false, missingIngredients: ['Champignons'] },
      ],
    },
    {
      productId: 1,
      name: 'Margherita',
      category: 'PIZZA',
      description: '',
      photoUrl: null,
      vatRate: 10,
      available: true,
      sizes: [{ size: 'MEDIUM', priceExclVat: 8.18, priceInclVat: 9, canMake: 12, available: true, missingIngredients: [] }],
    },
  ],
};

const pizzeria = { id: 1, name: 'Oberkampf', deliveryArea: { postcodes: ['75011'], fee: 2.5 } };
const placed = {
  id: 'o-1',
  number: '1-20261129-007',
  pizzeriaId: 1,
  channel: 'PHONE',
  fulfilment: 'TAKEAWAY',
  status: 'RECEIVED',
  paymentMethod: 'CASH',
  paymentStatus: 'PENDING',
  customer: { id: 'c-9', name: 'Jean Dupont', phone: '+33611223344' },
  deliveryAddress: null,
  lines: [{ productId: 1, productName: 'Margherita', size: 'MEDIUM', count: 1 }],
  totalInclVat: 9,
  amountDue: 9,
  placedAt: '2026-11-29T19:00:00Z',
  history: [],
};

afterEach(() => vi.unstubAllGlobals());

describe('counter', { timeout: 30_000 }, () => {
  it('checks the phone number before searching', async () => {
    const calls = fakeApi(
      on('GET', '/api/pizzerias/1/orders', () => ({ json: [] })),
      on('GET', '/api/pizzerias/1/menu', () => ({ json: menu })),
      on('GET', '/api/pizzerias/1', () => ({ json: pizzeria })),
    );
    renderAs(['COUNTER'], <CounterScreen />);
    await userEvent.type(await screen.findByLabelText('Téléphone du client'), '12{Enter}');
    expect(screen.getByText(/Saisissez un numéro de téléphone/)).toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith('/api/customers'))).toBe(false);
  });

  it('creates an unknown caller, takes a takeaway order for them and shows it on the board', async () => {
    let board: unknown[] = [];
    const calls = fakeApi(
      on('GET', '/api/pizzerias/1/orders', () => ({ json: board })),
      on('GET', '/api/pizzerias/1/menu', () => ({ json: menu })),
      on('GET', '/api/pizzerias/1', () => ({ json: pizzeria })),
      on('GET', '/api/customers', () => ({ json: { items: [], page: 0, size: 5, total: 0 } })),
      on('POST', '/api/customers', (call) => ({
        status: 201,
        json: { id: 'c-9', ...(call.body as object), addresses: [], hasAccount: false, status: 'ACTIVE', email: null },
      })),
      on('POST', '/api/orders', () => {
        board = [placed];
        return { status: 201, json: placed };
      }),
    );
    renderAs(['COUNTER'], <CounterScreen />);
    await userEvent.type(await screen.findByLabelText('Téléphone du client'), '06 11 22 33 44{Enter}');
    await userEvent.type(await screen.findByLabelText('Prénom'), 'Jean');
    await userEvent.type(screen.getByLabelText('Nom'), 'Dupont');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le client' }));
    expect(await screen.findByText('Client : Jean Dupont')).toBeInTheDocument();

    const reine = screen.getByRole('button', { name: 'Ajouter Reine moyenne' });
    expect(reine).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Indisponible : plus de Champignons')).toBeInTheDocument();
    await userEvent.click(reine);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter Margherita moyenne' }));
    await userEvent.click(screen.getByLabelText('À emporter'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la commande' }));

    expect(await screen.findByText('Commande 1-20261129-007 enregistrée.')).toBeInTheDocument();
    const order = calls.find((c) => c.method === 'POST' && c.path === '/api/orders');
    expect(order?.body).toMatchObject({
      channel: 'PHONE',
      fulfilment: 'TAKEAWAY',
      customerId: 'c-9',
      lines: [{ productId: 1, size: 'MEDIUM', count: 1 }],
    });
    const received = await screen.findByRole('region', { name: /Reçues/ });
    await waitFor(() => expect(within(received).getByText('1-20261129-007')).toBeInTheDocument());
  });

  it('refuses a delivery without a complete address before sending anything', async () => {
    const calls = fakeApi(
      on('GET', '/api/pizzerias/1/orders', () => ({ json: [] })),
      on('GET', '/api/pizzerias/1/menu', () => ({ json: menu })),
      on('GET', '/api/pizzerias/1', () => ({ json: pizzeria })),
    );
    renderAs(['COUNTER'], <CounterScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Ajouter Margherita moyenne' }));
    await userEvent.type(screen.getByLabelText('Code postal'), '750');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la commande' }));
    expect(screen.getByText("Retrouvez ou créez d'abord le client.")).toBeInTheDocument();
    expect(screen.getByText('Code postal à 5 chiffres.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('changes the items of an order sent back by the kitchen and says so', async () => {
    const sentBack = {
      ...placed,
      history: [{ at: '2026-11-29T19:05:00Z', actor: 'p', from: 'IN_PREPARATION', to: 'RECEIVED', reason: 'Plus de mozzarella' }],
    };
    const calls = fakeApi(
      on('GET', '/api/pizzerias/1/orders', () => ({ json: [sentBack] })),
      on('GET', '/api/pizzerias/1/menu', () => ({ json: menu })),
      on('GET', '/api/pizzerias/1', () => ({ json: pizzeria })),
      on('PUT', '/api/orders/o-1', () => ({ json: { ...sentBack, lines: [{ ...sentBack.lines[0], count: 2 }] } })),
    );
    renderAs(['COUNTER'], <CounterScreen />);
    await userEvent.click(await screen.findByRole('button', { name: /1-20261129-007/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Modifier la commande' }));
    const form = screen.getByRole('form', { name: 'Modifier la commande 1-20261129-007' });
    expect(within(form).getByLabelText('Quantité de Margherita')).toHaveValue(1);
    expect(within(form).queryByText('Stock insuffisant pour cette quantité')).not.toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter Margherita moyenne' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));

    expect(await screen.findByText('Commande 1-20261129-007 modifiée.')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({ lines: [{ productId: 1, size: 'MEDIUM', count: 2 }] });
  });

  it('saves the delivery address typed for a known caller on their record, then delivers there', async () => {
    const jean = { id: 'c-9', firstName: 'Jean', lastName: 'Dupont', phone: '+33611223344', email: null, hasAccount: false, status: 'ACTIVE', addresses: [] };
    const calls = fakeApi(
      on('GET', '/api/pizzerias/1/orders', () => ({ json: [] })),
      on('GET', '/api/pizzerias/1/menu', () => ({ json: menu })),
      on('GET', '/api/pizzerias/1', () => ({ json: pizzeria })),
      on('GET', '/api/customers', () => ({ json: { items: [jean], page: 0, size: 5, total: 1 } })),
      on('POST', '/api/customers/c-9/addresses', (call) => ({
        status: 201,
        json: { id: 'a-1', ...(call.body as object), isDefault: true },
      })),
      on('POST', '/api/orders', () => ({ status: 201, json: { ...placed, fulfilment: 'DELIVERY' } })),
    );
    renderAs(['COUNTER'], <CounterScreen />);
    await userEvent.type(await screen.findByLabelText('Téléphone du client'), '06 11 22 33 44{Enter}');
    expect(await screen.findByText('Client : Jean Dupont')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter Margherita moyenne' }));
    await userEvent.type(screen.getByLabelText('Rue et numéro'), '5 rue Oberkampf');
    await userEvent.type(screen.getByLabelText('Code postal'), '75011');
    await userEvent.type(screen.getByLabelText('Ville'), 'Paris');
    await userEvent.click(screen.getByLabelText('Enregistrer cette adresse dans la fiche de Jean Dupont'));
    await userEvent.type(screen.getByLabelText("Nom de l'adresse"), 'Bureau');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la commande' }));

    expect(await screen.findByText('Commande 1-20261129-007 enregistrée.')).toBeInTheDocument();
    const saved = calls.find((c) => c.path === '/api/customers/c-9/addresses');
    expect(saved?.body).toEqual({ label: 'Bureau', street: '5 rue Oberkampf', complement: null, postcode: '75011', city: 'Paris', instructions: null });
    const order = calls.find((c) => c.method === 'POST' && c.path === '/api/orders');
    expect(order?.body).toMatchObject({ fulfilment: 'DELIVERY', addressId: 'a-1', address: null });
  });
});
