import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { StatusTimeline } from './StatusTimeline';

describe('StatusTimeline', () => {
  it('names each step in French and marks the current one', () => {
    render(
      <StatusTimeline
        order={{
          status: 'OUT_FOR_DELIVERY',
          fulfilment: 'DELIVERY',
          history: [
            { to: 'RECEIVED', at: '2026-11-27T19:00:00Z', from: null, actor: null, reason: null },
            { to: 'IN_PREPARATION', at: '2026-11-27T19:04:00Z', from: null, actor: null, reason: null },
            { to: 'READY', at: '2026-11-27T19:16:00Z', from: null, actor: null, reason: null },
            { to: 'OUT_FOR_DELIVERY', at: '2026-11-27T19:20:00Z', from: null, actor: null, reason: null },
          ],
        }}
      />,
    );

    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.step-label')?.textContent)).toEqual([
      'Reçue',
      'En préparation',
      'Prête',
      'En livraison',
      'Livrée',
    ]);
    const current = items.find((item) => item.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent('En livraison');
    expect(current).toHaveTextContent('20:20');
  });
});
