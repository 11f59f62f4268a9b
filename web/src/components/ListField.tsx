/**
 * Several values of one kind (emails, phones): a labelled input each ("Email", "Email 2"…), a remove
 * button for the extra ones, and "Add another".
 */
import { useEffect, useRef } from 'react';
import { TextField } from './Field.tsx';

interface Props {
  idPrefix: string;
  /** Field path on the server, e.g. "emails": errors arrive as "emails.1". */
  path: string;
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  errors: Record<string, string>;
  type?: string;
  autoComplete?: string;
  max: number;
  addLabel: string;
}

export function ListField({ idPrefix, path, label, values, onChange, errors, type = 'text', autoComplete, max, addLabel }: Props) {
  const rows = values.length ? values : [''];
  const labelAt = (i: number) => (i === 0 ? label : `${label} ${i + 1}`);
  const count = useRef(rows.length);
  useEffect(() => {
    // A row was just added: put the cursor in it.
    if (rows.length > count.current) document.getElementById(`${idPrefix}-${path}-${rows.length - 1}`)?.focus();
    count.current = rows.length;
  }, [rows.length, idPrefix, path]);
  return (
    <div className="list-field">
      {rows.map((value, i) => (
        <div className="list-row" key={i}>
          <TextField
            id={`${idPrefix}-${path}-${i}`}
            label={labelAt(i)}
            type={type}
            autoComplete={i === 0 ? autoComplete : 'off'}
            value={value}
            onChange={(e) => onChange(rows.map((v, j) => (j === i ? e.target.value : v)))}
            error={errors[`${path}.${i}`]}
          />
          {rows.length > 1 ? (
            <button
              type="button"
              className="button-link remove"
              aria-label={`Remove ${labelAt(i).toLowerCase()}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          ) : null}
        </div>
      ))}
      {rows.length < max ? (
        <button type="button" className="button-link add" onClick={() => onChange([...rows, ''])}>
          {addLabel}
        </button>
      ) : null}
    </div>
  );
}
