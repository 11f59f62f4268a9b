/**
 * Search-and-pick (WAI-ARIA combobox with a listbox): type to search on the server, arrow keys to move,
 * Enter to pick, Escape to close. Optionally offers to create a new record from what was typed.
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ariaFor } from './Field.tsx';

export interface ComboOption {
  id: string;
  label: string;
  detail?: string;
}

interface Props {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  query: string;
  onQueryChange: (q: string) => void;
  options: ComboOption[];
  loading: boolean;
  onPick: (option: ComboOption) => void;
  /** Offer "Add “…”" for what was typed; called with the trimmed text. */
  onCreate?: (text: string) => void;
  createLabel?: (text: string) => string;
  placeholder?: string;
  disabled?: boolean;
}

const CREATE = '__create__';

export function Combobox(props: Props) {
  const { id, label, hint, error, query, options, loading, onPick, onCreate, createLabel } = props;
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = query.trim();
  const items: ComboOption[] = [...options];
  const exists = options.some((o) => o.label.toLowerCase() === text.toLowerCase());
  if (onCreate && text && !exists) items.push({ id: CREATE, label: createLabel ? createLabel(text) : `Add “${text}”` });
  const shown = open && items.length > 0;
  const noMatches = open && items.length === 0 && text.length > 0 && !loading;
  const activeItem = shown ? items[Math.min(active, items.length - 1)] : undefined;

  function choose(option: ComboOption) {
    if (option.id === CREATE) onCreate?.(text);
    else onPick(option);
    props.onQueryChange('');
    setActive(0);
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(items.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      if (shown && activeItem) {
        e.preventDefault();
        choose(activeItem);
      } else if (open) e.preventDefault();
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  }

  const status = !text && !open ? '' : loading ? 'Searching…' : options.length === 0 ? 'No matches.' : `${options.length} ${options.length === 1 ? 'match' : 'matches'}.`;

  return (
    <div className={`field combobox${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="combobox-control">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={activeItem ? `${listId}-${activeItem.id}` : undefined}
          value={query}
          placeholder={props.placeholder}
          disabled={props.disabled}
          onChange={(e) => {
            props.onQueryChange(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          {...ariaFor(id, hint, error)}
        />
        <ul role="listbox" id={listId} aria-label="Suggestions" className="combobox-list" hidden={!shown}>
          {items.map((option, i) => (
            <li
              key={option.id}
              id={`${listId}-${option.id}`}
              role="option"
              aria-selected={activeItem?.id === option.id}
              className={option.id === CREATE ? 'combobox-create' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(option)}
            >
              <span className="option-label">{option.label}</span>
              {option.detail ? <span className="option-detail">{option.detail}</span> : null}
            </li>
          ))}
        </ul>
        {noMatches ? <p className="combobox-empty">No matches for “{text}”.</p> : null}
      </div>
      <p className="sr-only" aria-live="polite">
        {status}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
