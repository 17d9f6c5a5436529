import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { BasketProvider, BASKET_KEY } from './basket';
import { CheckoutPage } from './CheckoutPage';

const vincennes = {
  id: 4,
  name: 'OC Pizza Vincennes',
  address: { street: '15 rue du Midi', postcode: '94300', city: 'Vincennes' },
  phone: '01 43 28 10 94',
  status: 'OPEN',
  openNow: true,
  openingHours: [],
  deliveryArea: { postcodes: ['94300', '94160'], fee: 3.0 },
};

function answer(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => vi.unstubAllGlobals());

describe('checkout', () => {
  it('refuses a delivery outside the pizzeria\'s area before sending anything', async () => {
    localStorage.setItem(
      BASKET_KEY,
      JSON.stringify({
        pizzeriaId: 4,
        lines: [{ productId: 1, name: 'Margherita', size: 'MEDIUM', count: 2, unitPriceExclVat: '8.18', unitPriceInclVat: '9.00', vatRate: '10.00' }],
      }),
    );
    const fetch = vi.fn(async (path: string) => answer(path.startsWith('/api/pizzerias') ? vincennes : []));
    vi.stubGlobal('fetch', fetch);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <BasketProvider>
          <MemoryRouter>
            <CheckoutPage />
          </MemoryRouter>
        </BasketProvider>
      </QueryClientProvider>,
    );

    await userEvent.type(await screen.findByLabelText('Adresse'), '1 rue de Rivoli');
    await userEvent.type(screen.getByLabelText('Code postal'), '75001');
    await userEvent.type(screen.getByLabelText('Ville'), 'Paris');
    await userEvent.click(screen.getByRole('button', { name: 'Commander' }));

    expect(screen.getByLabelText('Code postal')).toHaveAccessibleDescription(/ne livre pas ce code postal/);
    expect(fetch.mock.calls.map(([path]) => path)).not.toContain('/api/orders');
    expect(screen.getByTestId('total-incl-vat')).toHaveTextContent(/21,30\s€/);
  });
});
