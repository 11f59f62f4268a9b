/** A search field whose (debounced) value is kept in the address, so Back returns to the same results. */
import { useEffect, useRef, useState } from 'react';
import { useDebounced } from '../lib/hooks.ts';

interface Props {
  id: string;
  label: string;
  value: string;
  onSearch: (q: string) => void;
  placeholder?: string;
}

export function SearchBox({ id, label, value, onSearch, placeholder }: Props) {
  const [text, setText] = useState(value);
  const debounced = useDebounced(text.trim(), 250);
  const pushed = useRef(value);

  // Typing searches once it pauses.
  useEffect(() => {
    if (debounced === pushed.current) return;
    pushed.current = debounced;
    onSearch(debounced);
  }, [debounced, onSearch]);

  // The address changed by other means (Back, a link): show its search.
  useEffect(() => {
    if (value === pushed.current) return;
    pushed.current = value;
    setText(value);
  }, [value]);

  return (
    <div className="field search-field" role="search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={text} placeholder={placeholder} autoComplete="off" onChange={(e) => setText(e.target.value)} />
    </div>
  );
}
