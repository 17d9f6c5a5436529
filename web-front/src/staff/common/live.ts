import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { subscribe, type StreamState } from '../../api/http';
import { staffApi } from '../api';

/** The query keys of a pizzeria's orders; every live event refreshes them all. */
export const ordersKey = (pizzeriaId: number | null) => ['staff', 'orders', pizzeriaId] as const;

/**
 * Follows the pizzeria's order events and refreshes the screens' order lists on each one (and on
 * every reconnection, in case the server could not replay what was missed). Answers the stream's
 * state for the connection badge.
 */
export function useLiveOrders(pizzeriaId: number | null): StreamState | 'connecting' {
  const queryClient = useQueryClient();
  const [state, setState] = useState<StreamState | 'connecting'>('connecting');
  useEffect(() => {
    if (pizzeriaId == null) return undefined;
    let previous: StreamState | 'connecting' = 'connecting';
    const stop = subscribe(
      staffApi.orderEventsPath(pizzeriaId),
      () => void queryClient.invalidateQueries({ queryKey: ordersKey(pizzeriaId) }),
      (next) => {
        if (next === 'open' && previous !== 'open') {
          void queryClient.invalidateQueries({ queryKey: ordersKey(pizzeriaId) });
        }
        previous = next;
        setState(next);
      },
    );
    return stop;
  }, [pizzeriaId, queryClient]);
  return state;
}
