import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, subscribe, type StreamState } from '../api/http';
import type { Order } from '../api/types';

/** One order, kept current by its live event stream: each event reloads it. */
export function useLiveOrder(orderId: string) {
  const client = useQueryClient();
  const [connection, setConnection] = useState<StreamState | 'connecting'>('connecting');
  const order = useQuery({
    queryKey: ['order', orderId],
    queryFn: () => api<Order>(`/api/orders/${encodeURIComponent(orderId)}`),
  });
  const loaded = order.isSuccess;
  useEffect(() => {
    if (!loaded) return;
    return subscribe(
      `/api/orders/${encodeURIComponent(orderId)}/events`,
      () => void client.invalidateQueries({ queryKey: ['order', orderId] }),
      (state) => {
        setConnection(state);
        if (state === 'open') {
          // Whatever happened while the stream was down is read again.
          void client.invalidateQueries({ queryKey: ['order', orderId] });
        }
      },
    );
  }, [orderId, loaded, client]);
  return { order, connection };
}
