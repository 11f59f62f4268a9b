/** Small hooks shared by pages. */
import { useEffect, useState } from 'react';

/** The value, once it has stopped changing for `ms` milliseconds (search as you type). */
export function useDebounced<T>(value: T, ms = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Sets the browser tab's title for the page. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Yellowpad` : 'Yellowpad';
  }, [title]);
}
