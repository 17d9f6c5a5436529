import { useEffect, useRef } from 'react';

/**
 * A ref for a form that opens below a long list: once shown, it is scrolled into view, so that
 * choosing "new" or "edit" at the top of the list brings the form to the eyes (and keyboard).
 */
export function useRevealed<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  return ref;
}
