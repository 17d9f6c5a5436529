import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderAs } from '../testing/render';
import { AdminScreen } from './AdminScreen';

const bastille = {
  id: 1,
  name: 'OC Pizza Bastille',
  address: { street: '12 rue de la Roquette', postcode: '75011', city: 'Paris' },
  phone: '01 43 55 00 01',
  siret: '81234567600108',
  status: 'OPEN',
  openNow: true,
  openingHours: [{ day: 'MONDAY', opens: '18:00:00', closes: '22:30:00' }],
  deliveryArea: { postcodes: ['75011'], fee: 2.5 },
};

const ingredients = [
  { id: 1, name: 'Mozzarella', unit: 'GRAM', unitCost: 0.0125, allergens: ['MILK'] },
  { id: 2, name: 'Tomate', unit: 'GRAM', unitCost: 0.004, allergens: [] },
];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('head office', { timeout: 30_000 }, () => {
  it('refuses a new pizzeria with a wrong SIRET or no street, then registers it and shows it', async () => {
    let pizzerias = [bastille];
    const calls = fakeApi(
      on('GET', '/api/pizzerias', () => ({ json: pizzerias })),
      on('POST', '/api/pizzerias', (call) => {
        const body = call.body as Record<string, unknown>;
        const created = { ...bastille, ...body, id: 6, status: 'OPENING_SOON', openNow: false };
        pizzerias = [...pizzerias, created as typeof bastille];
        return { status: 201, json: created };
      }),
    );
    renderAs(['ADMIN'], <AdminScreen tab="pizzerias" />, undefined);
    await userEvent.click(await screen.findByRole('button', { name: 'Nouvelle pizzeria' }));
    await userEvent.type(screen.getByLabelText('Nom'), 'OC Pizza Nation');
    await userEvent.type(screen.getByLabelText('SIRET'), '81234567600067');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la pizzeria' }));
    expect(screen.getByLabelText('SIRET')).toHaveAccessibleDescription(/n'est pas valide/);
    expect(screen.getByLabelText('Rue')).toHaveAccessibleDescription('Obligatoire.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.clear(screen.getByLabelText('SIRET'));
    await userEvent.type(screen.getByLabelText('SIRET'), '812 345 676 00066');
    await userEvent.type(screen.getByLabelText('Rue'), '4 place de la Nation');
    await userEvent.type(screen.getByLabelText('Code postal'), '75012');
    await userEvent.type(screen.getByLabelText('Téléphone'), '01 43 55 00 06');
    await userEvent.type(screen.getByLabelText('Codes postaux livrés'), '75012 75020');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la pizzeria' }));

    expect(await screen.findByRole('status')).toHaveTextContent('OC Pizza Nation est enregistrée');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      name: 'OC Pizza Nation',
      address: { street: '4 place de la Nation', postcode: '75012', city: 'Paris' },
      phone: '01 43 55 00 06',
      siret: '81234567600066',
      deliveryArea: { postcodes: ['75012', '75020'], fee: 2.5 },
    });
    expect((post?.body as { openingHours: unknown[] }).openingHours).toHaveLength(7);
    expect(screen.getByRole('button', { name: /OC Pizza Nation.*Ouverture prochaine/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Ouvrir la pizzeria' })).toBeInTheDocument();
  });

  it('moves a pizzeria to a new address and shows a SIRET the server refuses under its field', async () => {
    const calls = fakeApi(
      on('GET', '/api/pizzerias', () => ({ json: [bastille] })),
      on('PUT', '/api/pizzerias/1', () => ({
        status: 400,
        json: {
          type: 'urn:ocpizza:problem:validation',
          title: 'Invalid request',
          status: 400,
          errors: [{ field: 'siret', message: 'is not a valid SIRET number' }],
        },
      })),
    );
    renderAs(['ADMIN'], <AdminScreen tab="pizzerias" />, undefined);
    await userEvent.click(await screen.findByRole('button', { name: /OC Pizza Bastille/ }));
    const street = screen.getByLabelText('Rue');
    await userEvent.clear(street);
    await userEvent.type(street, '30 rue de Charonne');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByLabelText('SIRET')).toHaveAccessibleDescription("n'est pas un SIRET valide"));
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({
      address: { street: '30 rue de Charonne', postcode: '75011', city: 'Paris' },
      siret: '81234567600108',
    });
  });

  it('adds an ingredient with its cost and allergens, then keeps its unit when it is edited', async () => {
    let list = [...ingredients];
    const calls = fakeApi(
      on('GET', '/api/catalogue/ingredients', () => ({ json: list })),
      on('POST', '/api/catalogue/ingredients', (call) => {
        const created = { ...(call.body as (typeof ingredients)[number]), id: 3 };
        list = [...list, created];
        return { status: 201, json: created };
      }),
    );
    renderAs(['ADMIN'], <AdminScreen tab="ingredients" />, undefined);
    expect(await screen.findByRole('rowheader', { name: 'Mozzarella' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Mozzarella/ })).toHaveTextContent('0,0125 € / g');
    await userEvent.click(screen.getByRole('button', { name: 'Nouvel ingrédient' }));
    await userEvent.type(screen.getByLabelText('Nom'), 'Burrata');
    await userEvent.type(screen.getByLabelText('Coût HT par g (€)'), '0,02,5');
    await userEvent.click(screen.getByRole('button', { name: "Ajouter l'ingrédient" }));
    expect(screen.getByLabelText('Coût HT par g (€)')).toHaveAccessibleDescription(/Saisissez un coût positif/);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.clear(screen.getByLabelText('Coût HT par g (€)'));
    await userEvent.type(screen.getByLabelText('Coût HT par g (€)'), '0,025');
    await userEvent.click(screen.getByLabelText('Lait'));
    await userEvent.click(screen.getByRole('button', { name: "Ajouter l'ingrédient" }));

    expect(await screen.findByRole('status')).toHaveTextContent('Burrata est ajouté.');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Burrata', unit: 'GRAM', unitCost: 0.025, allergens: ['MILK'] });
    expect(screen.getByRole('rowheader', { name: 'Burrata' })).toBeInTheDocument();
    expect(screen.getByLabelText('Unité')).toBeDisabled();
  });

  it('adds a pizza sold in two sizes with its recipe, and refuses it without any price first', async () => {
    let products: unknown[] = [];
    const calls = fakeApi(
      on('GET', '/api/catalogue/products', () => ({ json: products })),
      on('GET', '/api/catalogue/ingredients', () => ({ json: ingredients })),
      on('GET', '/api/catalogue/products/12/recipe', () => ({
        json: { productId: 12, productName: 'Burrata', memoryAid: null, lines: [] },
      })),
      on('POST', '/api/catalogue/products', (call) => {
        const body = call.body as { name: string; category: string; vatRate: number };
        const created = { ...body, id: 12, active: true, sizes: [{ size: 'LARGE', priceExclVat: 14.5, priceInclVat: 15.95 }] };
        products = [created];
        return { status: 201, json: created };
      }),
    );
    renderAs(['ADMIN'], <AdminScreen tab="catalogue" />, undefined);
    await userEvent.click(await screen.findByRole('button', { name: 'Nouveau produit' }));
    const form = screen.getByRole('form', { name: 'Nouveau produit' });
    await userEvent.type(within(form).getByLabelText('Nom'), 'Burrata');
    await userEvent.type(within(form).getByLabelText('Description'), 'Tomate, burrata, basilic');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter au catalogue' }));
    expect(within(form).getByText("Donnez le prix d'au moins une taille.")).toBeInTheDocument();
    expect(within(form).getByText(/Saisissez une quantité positive/)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(within(form).getByLabelText('moyenne'), '11,5');
    await userEvent.type(within(form).getByLabelText('grande'), '14,50');
    expect(within(form).getByText(/^15,95\s€$/)).toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByLabelText('Ingrédient Ligne 1'), 'Tomate (g)');
    await userEvent.type(within(form).getByLabelText('Quantité Ligne 1'), '80');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter une ligne' }));
    await userEvent.selectOptions(within(form).getByLabelText('Ingrédient Ligne 2'), 'Mozzarella (g)');
    await userEvent.type(within(form).getByLabelText('Quantité Ligne 2'), '125,5');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter au catalogue' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Burrata est ajouté.');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Burrata',
      category: 'PIZZA',
      description: 'Tomate, burrata, basilic',
      photoUrl: null,
      vatRate: 10,
      sizes: [
        { size: 'MEDIUM', priceExclVat: 11.5 },
        { size: 'LARGE', priceExclVat: 14.5 },
      ],
      recipe: {
        lines: [
          { ingredientId: 2, quantity: 80 },
          { ingredientId: 1, quantity: 125.5 },
        ],
        memoryAid: null,
      },
    });
    expect(screen.getByRole('heading', { name: 'Burrata' })).toBeInTheDocument();
  });

  it('adds a supplier, and says in French when its name is already taken', async () => {
    const calls = fakeApi(
      on('GET', '/api/suppliers', () => ({ json: [{ id: 1, name: 'Metro Paris Nation', email: 'commandes@metro.example', phone: '01 40 00 00 01' }] })),
      on('POST', '/api/suppliers', () => ({
        status: 409,
        json: { type: 'urn:ocpizza:problem:conflict', title: 'Conflict', status: 409, detail: 'A supplier named Metro Paris Nation already exists.' },
      })),
    );
    renderAs(['ADMIN'], <AdminScreen tab="suppliers" />, undefined);
    expect(await screen.findByRole('link', { name: 'commandes@metro.example' })).toHaveAttribute('href', 'mailto:commandes@metro.example');
    await userEvent.click(screen.getByRole('button', { name: 'Nouveau fournisseur' }));
    await userEvent.type(screen.getByLabelText('Nom'), 'Metro Paris Nation');
    await userEvent.type(screen.getByLabelText('E-mail'), 'pas-une-adresse');
    await userEvent.type(screen.getByLabelText('Téléphone'), '01 40 00 00 02');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter le fournisseur' }));
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription('Saisissez une adresse e-mail valide.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.clear(screen.getByLabelText('E-mail'));
    await userEvent.type(screen.getByLabelText('E-mail'), 'achats@metro.example');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter le fournisseur' }));
    expect(await screen.findByText('Ce nom est déjà pris : choisissez-en un autre.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Metro Paris Nation', email: 'achats@metro.example', phone: '01 40 00 00 02' });
  });
});
