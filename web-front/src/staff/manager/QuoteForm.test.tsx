import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderAs } from '../testing/render';
import { QuoteForm } from './QuoteForm';

const menu = {
  pizzeriaId: 1,
  products: [
    {
      productId: 2,
      name: 'Reine',
      category: 'PIZZA',
      description: '',
      photoUrl: null,
      vatRate: 10,
      available: true,
      sizes: [{ size: 'LARGE', priceExclVat: 12.27, priceInclVat: 13.5, canMake: 20, available: true, missingIngredients: [] }],
    },
    {
      productId: 9,
      name: 'Eau 1,5 l',
      category: 'DRINK',
      description: '',
      photoUrl: null,
      vatRate: 5.5,
      available: true,
      sizes: [{ size: 'SINGLE', priceExclVat: 1.9, priceInclVat: 2, canMake: 50, available: true, missingIngredients: [] }],
    },
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('manager quotes', { timeout: 30_000 }, () => {
  it('refuses a quote without a customer or with a price that is not one, before sending it', async () => {
    const calls = fakeApi(
      on('GET', '/api/pizzerias/1/menu', () => ({ json: menu })),
      on('GET', '/api/management/quotes', () => ({ json: [] })),
    );
    renderAs(['MANAGER'], <QuoteForm pizzeriaId={1} />);
    await userEvent.type(screen.getByLabelText('Prix unitaire HT de la ligne 1'), 'neuf euros');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le devis' }));
    expect(screen.getByLabelText('Client ou entreprise')).toHaveAccessibleDescription('Champ obligatoire.');
    expect(screen.getByLabelText('Désignation de la ligne 1')).toHaveAccessibleDescription('Champ obligatoire.');
    expect(screen.getByLabelText('Prix unitaire HT de la ligne 1')).toHaveAccessibleDescription(/Un prix positif/);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('builds a quote from the menu, shows its totals, creates it and downloads its PDF', async () => {
    const createObjectURL = vi.fn(() => 'blob:quote');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    // The browser would save the file; jsdom cannot follow the link.
    const save = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const earlier = {
      reference: 'DV-00C0FFEE',
      pizzeriaId: 1,
      customerName: 'Mairie du 15e',
      createdAt: '2026-11-20T10:30:00Z',
      totalExclVat: 100,
      totalInclVat: 110,
    };
    let quotes = [earlier];
    const calls = fakeApi(
      on('GET', '/api/pizzerias/1/menu', () => ({ json: menu })),
      on('GET', '/api/management/quotes?pizzeriaId=1', () => ({ json: quotes })),
      on('POST', '/api/management/quotes', () => {
        const created = { reference: 'DV-1A2B3C4D', totalExclVat: 496.5, totalInclVat: 546.04 };
        quotes = [{ ...created, pizzeriaId: 1, customerName: 'ACME SAS', createdAt: '2026-11-29T18:05:00Z' }, ...quotes];
        return { status: 201, json: created };
      }),
      on('GET', '/api/management/quotes/DV-1A2B3C4D/pdf', () => ({ json: {} })),
    );
    renderAs(['MANAGER'], <QuoteForm pizzeriaId={1} />);
    const list = await screen.findByRole('list', { name: 'Derniers devis de la pizzeria' });
    expect(list).toHaveTextContent(/DV-00C0FFEE · 20 nov\. 2026, 11:30 · Mairie du 15e · 110,00\s€ TTC/);
    await userEvent.type(screen.getByLabelText('Client ou entreprise'), 'ACME SAS');
    await userEvent.type(screen.getByLabelText('Adresse de livraison (facultative)'), '3 rue de Vaugirard, 75015 Paris');
    const fromMenu = await screen.findByLabelText('Ajouter un produit de la carte');
    await userEvent.selectOptions(fromMenu, within(fromMenu).getByRole('option', { name: /^Reine \(grande\)/ }));
    await userEvent.selectOptions(fromMenu, within(fromMenu).getByRole('option', { name: /^Eau 1,5 l/ }));
    const quantity = screen.getByLabelText('Quantité de la ligne 1');
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '40');
    expect(screen.getByLabelText('Désignation de la ligne 1')).toHaveValue('Reine (grande)');
    expect(screen.getByLabelText('TVA de la ligne 2')).toHaveValue('5.5');

    const totals = screen.getByLabelText('Totaux du devis');
    // 40 × 12.27 + 1.90 = 492.70 excl. VAT; 49.08 at 10 %, 0.10 at 5.5 %.
    expect(totals).toHaveTextContent(/Total HT\s*492,70\s€/);
    expect(totals).toHaveTextContent(/TVA 10\s%\s*49,08\s€/);
    expect(totals).toHaveTextContent(/Total TTC\s*541,88\s€/);

    await userEvent.click(screen.getByRole('button', { name: 'Créer le devis' }));
    await screen.findByText('Devis DV-1A2B3C4D créé.');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      pizzeriaId: 1,
      customerName: 'ACME SAS',
      deliveryAddress: '3 rue de Vaugirard, 75015 Paris',
      lines: [
        { quantity: 40, designation: 'Reine (grande)', unitPriceExclVat: 12.27, vatRate: 10 },
        { quantity: 1, designation: 'Eau 1,5 l', unitPriceExclVat: 1.9, vatRate: 5.5 },
      ],
    });
    expect(screen.getByLabelText('Client ou entreprise')).toHaveValue('');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(/^DV-1A2B3C4D · 29 nov\. 2026, 19:05 · ACME SAS · 546,04\s€ TTC/);

    await userEvent.click(screen.getByRole('button', { name: 'Télécharger le devis DV-1A2B3C4D (PDF)' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.contexts[0]).toHaveProperty('download', 'DV-1A2B3C4D.pdf');
    expect(calls.some((c) => c.path === '/api/management/quotes/DV-1A2B3C4D/pdf')).toBe(true);
  });

  it('shows under its line the field the management service refused', async () => {
    fakeApi(
      on('GET', '/api/pizzerias/1/menu', () => ({ json: menu })),
      on('GET', '/api/management/quotes', () => ({ json: [] })),
      on('POST', '/api/management/quotes', () => ({
        status: 400,
        json: {
          type: 'urn:ocpizza:problem:validation',
          title: 'Invalid request',
          errors: [{ field: 'lines[0].designation', message: 'size must be between 0 and 120' }],
        },
      })),
    );
    renderAs(['MANAGER'], <QuoteForm pizzeriaId={1} />);
    await userEvent.type(screen.getByLabelText('Client ou entreprise'), 'ACME SAS');
    await userEvent.type(screen.getByLabelText('Désignation de la ligne 1'), 'Plateau de pizzas');
    await userEvent.type(screen.getByLabelText('Prix unitaire HT de la ligne 1'), '45');
    await userEvent.click(screen.getByRole('button', { name: 'Créer le devis' }));
    await waitFor(() => expect(screen.getByLabelText('Désignation de la ligne 1')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});
