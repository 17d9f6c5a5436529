import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderAs } from '../testing/render';
import { CourierScreen } from './CourierScreen';

function delivery(number: string, status: string, courierId: string | null = null) {
  return {
    id: `id-${number}`,
    number,
    pizzeriaId: 1,
    channel: 'PHONE',
    fulfilment: 'DELIVERY',
    status,
    paymentMethod: 'CASH',
    paymentStatus: 'PENDING',
    customer: { id: 'c', name: 'Karim Benali', phone: '+33 6 12 34 56 78' },
    deliveryAddress: { street: '3 rue Saint-Maur', complement: null, postcode: '75011', city: 'Paris', instructions: 'Code 1234' },
    lines: [{ productId: 1, productName: 'Margherita', size: 'MEDIUM', count: 1 }],
    totalInclVat: 11.75,
    amountDue: 11.75,
    courierId,
    placedAt: '2026-11-29T19:00:00Z',
    estimatedDeliveryAt: null,
    history: [],
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('courier', { timeout: 30_000 }, () => {
  it('takes a ready delivery, leaves with it, and marks it delivered after taking the cash', async () => {
    let ready = [delivery('101', 'READY')];
    let road: unknown[] = [];
    const calls = fakeApi(
      on('GET', '/api/pizzerias/1/orders/deliveries', () => ({ json: ready })),
      on('GET', '/api/pizzerias/1/orders', () => ({ json: road })),
      on('POST', '/api/orders/id-101/take', () => {
        ready = [delivery('101', 'READY', 'user-1')];
        return { json: ready[0] };
      }),
      on('POST', '/api/orders/id-101/out-for-delivery', () => {
        ready = [];
        road = [delivery('101', 'OUT_FOR_DELIVERY', 'user-1')];
        return { json: road[0] };
      }),
      on('POST', '/api/orders/id-101/payments', () => {
        road = [{ ...delivery('101', 'OUT_FOR_DELIVERY', 'user-1'), amountDue: 0, paymentStatus: 'PAID' }];
        return { json: road[0] };
      }),
      on('POST', '/api/orders/id-101/delivered', () => {
        road = [];
        return { json: delivery('101', 'DELIVERED', 'user-1') };
      }),
    );
    renderAs(['COURIER'], <CourierScreen />);

    const card = await screen.findByRole('article', { name: 'Livraison 101' });
    expect(within(card).getByRole('link', { name: /3 rue Saint-Maur/ })).toHaveAttribute(
      'href',
      expect.stringContaining('openstreetmap.org/search?query=3%20rue%20Saint-Maur'),
    );
    expect(within(card).getByRole('link', { name: /Appeler/ })).toHaveAttribute('href', 'tel:+33612345678');

    await userEvent.click(within(card).getByRole('button', { name: 'Prendre' }));
    const run = screen.getByRole('region', { name: 'Ma tournée' });
    await userEvent.click(await within(run).findByRole('button', { name: 'Je pars' }));
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/orders/id-101/take')).toBe(true);

    const onTheRoad = screen.getByRole('region', { name: 'En route' });
    await within(onTheRoad).findByRole('button', { name: 'Livrée' });
    await userEvent.click(within(onTheRoad).getByRole('button', { name: 'Encaisser' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path === '/api/orders/id-101/payments')?.body).toEqual({ method: 'CASH', amount: 11.75 }),
    );
    await waitFor(() => expect(within(onTheRoad).queryByRole('button', { name: 'Encaisser' })).toBeNull());
    await userEvent.click(within(onTheRoad).getByRole('button', { name: 'Livrée' }));
    expect(await screen.findByText('Aucune livraison en cours.')).toBeInTheDocument();
  });

  it('does not offer a delivery the manager gave to another courier', async () => {
    fakeApi(
      on('GET', '/api/pizzerias/1/orders/deliveries', () => ({ json: [delivery('102', 'READY', 'someone-else')] })),
      on('GET', '/api/pizzerias/1/orders', () => ({ json: [] })),
    );
    renderAs(['COURIER'], <CourierScreen />);
    const card = await screen.findByRole('article', { name: 'Livraison 102' });
    expect(within(card).queryByRole('button', { name: 'Prendre' })).toBeNull();
    expect(within(card).getByText('Confiée à un autre livreur')).toBeInTheDocument();
  });
});
