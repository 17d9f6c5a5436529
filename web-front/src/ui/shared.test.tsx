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
    expect(screen.getByRole('alert')).toHaveTextContent('Code postal : must be a French postcode');
  });
});
