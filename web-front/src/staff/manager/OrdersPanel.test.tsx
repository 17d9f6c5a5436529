import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderAs } from '../testing/render';
import { OrdersPanel } from './OrdersPanel';

const order = (id: string, number: string, status: string, extra: object = {}) => ({
  id,
  number,
  pizzeriaId: 1,
  channel: 'WEB',
  fulfilment: 'DELIVERY',
  status,
  paymentMethod: 'CASH',
  paymentStatus: 'PENDING',
  customer: { id: 'c-1', name: 'Chloé Dubois', phone: '+33612345678' },
  deliveryAddress: { street: '12 rue Oberkampf', complement: null, postcode: '75011', city: 'Paris', instructions: null },
  lines: [{ productId: 1, productName: 'Margherita', size: 'MEDIUM', count: 2 }],
  totalInclVat: 20.5,
  amountDue: 20.5,
  courierId: null as string | null,
  placedAt: '2026-11-29T19:00:00Z',
  history: [],
  ...extra,
});

const member = (id: string, firstName: string, roles: string[], enabled = true) => ({
  id,
  email: `${id}@ocpizza.demo`,
  firstName,
  lastName: 'Oberkampf',
  phone: null,
  roles,
  pizzeriaId: 1,
  enabled,
});

const team = {
  content: [
    member('k-1', 'Karim', ['COURIER']),
    member('s-2', 'Sarah', ['COURIER']),
    member('x-3', 'Xavier', ['COURIER'], false),
    member('c-4', 'Camille', ['COUNTER']),
  ],
  page: 0,
  size: 50,
  totalElements: 4,
  totalPages: 1,
};

afterEach(() => vi.unstubAllGlobals());

describe('manager orders', { timeout: 30_000 }, () => {
  it('gives a ready delivery to one of the active couriers, after asking to choose one', async () => {
    let board = [order('o-1', '1-20261129-001', 'READY'), order('o-2', '1-20261129-002', 'RECEIVED', { fulfilment: 'TAKEAWAY' })];
    const calls = fakeApi(
      on('GET', '/api/pizzerias/1/orders', () => ({ json: board })),
      on('GET', '/api/auth/staff', () => ({ json: team })),
      on('POST', '/api/orders/o-1/courier', (call) => {
        board = [{ ...board[0], courierId: (call.body as { courierId: string }).courierId }, board[1]];
        return { json: board[0] };
      }),
    );
    renderAs(['MANAGER'], <OrdersPanel pizzeriaId={1} />);
    const ready = within(await screen.findByRole('region', { name: 'Commandes en cours' }));
    const card = ready.getByRole('button', { name: /1-20261129-001/ });
    expect(card).toHaveTextContent('Aucun livreur désigné');
    expect(card).toHaveTextContent('À confier');
    await userEvent.click(card);

    const courier = await screen.findByLabelText('Livreur');
    expect(within(courier).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choisir un livreur',
      'Karim Oberkampf',
      'Sarah Oberkampf',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Confier la livraison' }));
    expect(courier).toHaveAccessibleDescription('Choisir un livreur');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.selectOptions(courier, 'Sarah Oberkampf');
    await userEvent.click(screen.getByRole('button', { name: 'Confier la livraison' }));
    await screen.findByText('Commande 1-20261129-001 confiée à Sarah Oberkampf.');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ courierId: 's-2' });
    await waitFor(() => expect(ready.getByRole('button', { name: /1-20261129-001/ })).toHaveTextContent('Livreur : Sarah Oberkampf'));
  });

  it('reports an incident on an order on the road only once told what happened', async () => {
    let board = [order('o-3', '1-20261129-003', 'OUT_FOR_DELIVERY', { courierId: 'k-1' })];
    const calls = fakeApi(
      on('GET', '/api/pizzerias/1/orders', () => ({ json: board })),
      on('GET', '/api/auth/staff', () => ({ json: team })),
      on('POST', '/api/orders/o-3/incident', () => {
        const closed = { ...board[0], status: 'INCIDENT' };
        board = [];
        return { json: closed };
      }),
    );
    renderAs(['MANAGER'], <OrdersPanel pizzeriaId={1} />);
    const card = await screen.findByRole('button', { name: /1-20261129-003/ });
    await waitFor(() => expect(card).toHaveTextContent('Livreur : Karim Oberkampf'));
    await userEvent.click(card);
    expect(screen.queryByLabelText('Livreur')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: "Signaler l'incident" }));
    expect(screen.getByLabelText("Ce qui s'est passé")).toHaveAccessibleDescription("Dites ce qui s'est passé.");
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(screen.getByLabelText("Ce qui s'est passé"), 'Client absent, pizzas refusées au retour');
    await userEvent.click(screen.getByRole('button', { name: "Signaler l'incident" }));
    await screen.findByText('Incident enregistré pour la commande 1-20261129-003.');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: 'Client absent, pizzas refusées au retour' });
    expect(await screen.findByText('Aucune commande en cours.')).toBeInTheDocument();
  });

  it('shows the field the order service refused under it', async () => {
    fakeApi(
      on('GET', '/api/pizzerias/1/orders', () => ({ json: [order('o-1', '1-20261129-001', 'READY')] })),
      on('GET', '/api/auth/staff', () => ({ json: team })),
      on('POST', '/api/orders/o-1/courier', () => ({
        status: 400,
        json: {
          type: 'urn:ocpizza:problem:validation',
          title: 'Invalid request',
          errors: [{ field: 'courierId', message: 'size must be between 0 and 64' }],
        },
      })),
    );
    renderAs(['MANAGER'], <OrdersPanel pizzeriaId={1} />);
    await userEvent.click(await screen.findByRole('button', { name: /1-20261129-001/ }));
    await userEvent.selectOptions(await screen.findByLabelText('Livreur'), 'Karim Oberkampf');
    await userEvent.click(screen.getByRole('button', { name: 'Confier la livraison' }));
    await waitFor(() => expect(screen.getByLabelText('Livreur')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('says so when no order is under way', async () => {
    fakeApi(
      on('GET', '/api/pizzerias/1/orders', () => ({ json: [] })),
      on('GET', '/api/auth/staff', () => ({ json: team })),
    );
    renderAs(['MANAGER'], <OrdersPanel pizzeriaId={1} />);
    expect(await screen.findByText('Aucune commande en cours.')).toBeInTheDocument();
  });
});
