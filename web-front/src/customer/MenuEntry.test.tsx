import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BasketProvider, BASKET_KEY } from './basket';
import { MenuEntry } from './MenuPage';
import type { MenuItem } from '../api/types';

const offer = (size: 'SMALL' | 'MEDIUM' | 'LARGE', canMake: number, missing: string[] = []) => ({
  size,
  priceExclVat: size === 'SMALL' ? 8.64 : size === 'MEDIUM' ? 10.45 : 13.18,
  priceInclVat: size === 'SMALL' ? 9.5 : size === 'MEDIUM' ? 11.5 : 14.5,
  canMake,
  available: canMake > 0,
  missingIngredients: missing,
});

const reine = (sizes: MenuItem['sizes']): MenuItem => ({
  productId: 2,
  name: 'Reine',
  category: 'PIZZA',
  description: 'Sauce tomate, mozzarella, jambon, champignons.',
  ingredients: ['Pâton', 'Sauce tomate', 'Mozzarella', "Huile d'olive", 'Jambon', 'Champignons'],
  photoUrl: null,
  vatRate: 10,
  available: sizes.some((s) => s.available),
  sizes,
});

function show(item: MenuItem) {
  return render(
    <BasketProvider>
      <ul>
        <MenuEntry item={item} pizzeriaId={4} />
      </ul>
    </BasketProvider>,
  );
}

describe('a menu entry', () => {
  it('greys out a pizza that cannot be made and says which ingredient ran out', () => {
    show(reine([offer('SMALL', 0, ['Champignons']), offer('MEDIUM', 0, ['Champignons']), offer('LARGE', 0, ['Champignons'])]));

    const entry = screen.getByRole('listitem');
    expect(entry).toHaveAttribute('aria-disabled', 'true');
    expect(entry).toHaveTextContent('plus de champignons ce soir');
    expect(screen.queryByRole('button', { name: /Ajouter/ })).not.toBeInTheDocument();
  });

  it('draws the pizza from its ingredients and says what is on it', () => {
    show(reine([offer('MEDIUM', 3)]));

    expect(screen.getByRole('img')).toHaveAccessibleName('Pizza Reine : tomate, mozzarella, jambon, champignons');
  });

  it('offers the sizes still possible, the others struck out and not selectable', () => {
    show(reine([offer('SMALL', 3), offer('MEDIUM', 1), offer('LARGE', 0, ['Mozzarella'])]));

    expect(screen.getByRole('listitem')).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('radio', { name: /Grande/ })).toBeDisabled();
    expect(screen.getByRole('radio', { name: /Petite/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Moyenne/ })).toHaveAccessibleName(/11,50\s€/);
  });

  it('puts the chosen size in the basket, kept in this browser', async () => {
    show(reine([offer('SMALL', 3), offer('MEDIUM', 3), offer('LARGE', 3)]));

    await userEvent.click(screen.getByRole('radio', { name: /Moyenne/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter Reine au panier' }));

    const stored = JSON.parse(localStorage.getItem(BASKET_KEY)!);
    expect(stored).toMatchObject({ pizzeriaId: 4, lines: [{ productId: 2, size: 'MEDIUM', count: 1, unitPriceInclVat: 11.5 }] });
  });
});
