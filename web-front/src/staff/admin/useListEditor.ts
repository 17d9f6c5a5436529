import { useState } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * What a list with one editor below it shows: the item being edited or a new one, and the name of
 * the item just added (for the notice saying so), until another item is chosen.
 */
export function useListEditor() {
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  return {
    editing,
    added,
    choose: (id: number | 'new') => {
      setEditing(id);
      setAdded(null);
    },
    /** The new item is edited from now on, and announced. */
    wasAdded: (item: { id: number; name: string }) => {
      setEditing(item.id);
      setAdded(item.name);
    },
  };
}

/**
 * After a save: a new item joins the cached list at once (so that its editor can open before the
 * list is read again), then the list is read again from the server.
 */
export function useListRefresh<T>(key: QueryKey) {
  const queryClient = useQueryClient();
  return (saved: T, isNew: boolean) => {
    if (isNew) queryClient.setQueryData<T[]>(key, (all) => [...(all ?? []), saved]);
    void queryClient.invalidateQueries({ queryKey: key });
  };
}
