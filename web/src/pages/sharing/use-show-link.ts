/** "Show their link": brings a link of the list into view and focus, and marks it for a few seconds. */
import { useEffect, useState } from 'react';

const MARKED_MS = 4_000;

export function useShowLink() {
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (!highlighted) return;
    const el = document.getElementById(`share-link-${highlighted}`);
    if (el) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.focus({ preventScroll: true });
    }
    const timer = setTimeout(() => setHighlighted(null), MARKED_MS);
    return () => clearTimeout(timer);
  }, [highlighted, asked]);
  return {
    highlighted,
    show: (linkId: string) => {
      setHighlighted(linkId);
      setAsked((n) => n + 1);
    },
  };
}
