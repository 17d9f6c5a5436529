import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { formatMoney } from './Money';
import { ProblemMessage } from './ProblemMessage';
import { ProblemError } from '../api/http';

describe('shared UI', () => {
  it('writes euros the French way', () => {
    expect(formatMoney(12.5).replace(/\s/g, ' ')).toBe('12,50 €');
    expect(formatMoney('1234.5').replace(/\s/g, ' ')).toBe('1 234,50 €');
  });

  it('names the products that ran out when the stock is short', () => {
    render(
      <ProblemMessage
        error={
          new ProblemError(409, {
            type: 'urn:ocpizza:problem:insufficient-stock',
            title: 'Conflict',
            products: [{ productId: 2, name: 'Reine', size: 'LARGE' }],
          })
        }
      />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent("Plus assez d'ingrédients pour");
    expect(screen.getByRole('listitem')).toHaveTextContent('Reine (Grande)');
  });

  it('explains a problem in plain words with each field to correct', () => {
    render(
      <ProblemMessage
        error={
          new ProblemError(400, {
            type: 'urn:ocpizza:problem:validation',
            title: 'Bad Request',
            errors: [{ field: 'postcode', message: 'must be a French postcode' }],
          })
        }
      />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('Certains champs sont à corriger');
    expect(screen.getByRole('alert')).toHaveTextContent('Code postal : doit être un code postal à 5 chiffres');
  });

  it('tells a known problem in French only, without the English detail under it', () => {
    render(
      <ProblemMessage
        error={
          new ProblemError(422, {
            type: 'urn:ocpizza:problem:unprocessable',
            detail: 'This pizzeria does not deliver to 75011.',
          })
        }
      />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('Cette pizzeria ne livre pas au 75011.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('does not deliver');
  });

  it('names the order status that stops a change, and drops the English detail of a refusal', () => {
    const { unmount } = render(
      <ProblemMessage
        error={
          new ProblemError(409, {
            type: 'urn:ocpizza:problem:illegal-transition',
            detail: 'An order that is IN_PREPARATION cannot be modified.',
            status: 'IN_PREPARATION',
          })
        }
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('la commande est maintenant « En préparation »');
    expect(screen.getByRole('alert')).not.toHaveTextContent('cannot be modified');
    unmount();

    render(
      <ProblemMessage
        error={new ProblemError(403, { type: 'urn:ocpizza:problem:forbidden', detail: 'You may not modify this order.' })}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent("Vous n'avez pas le droit de faire cela.");
    expect(screen.getByRole('alert')).not.toHaveTextContent('You may not');
  });

  it('falls back to the server detail under a generic sentence when the problem is not known', () => {
    render(
      <ProblemMessage
        error={new ProblemError(409, { type: 'urn:ocpizza:problem:conflict', detail: 'Invoice F-12 already has a credit note.' })}
      />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('la situation a changé entre-temps. Invoice F-12 already has a credit note.');
  });
});
