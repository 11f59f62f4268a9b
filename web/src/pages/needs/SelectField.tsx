/** A labelled <select> with its hint and error tied to it, like the shared TextField. */
import type { ReactNode } from 'react';
import { ariaFor, FieldShell } from '../../components/Field.tsx';

interface Props<T extends string> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
  className?: string;
}

export function SelectField<T extends string>({ id, label, hint, error, value, onChange, options, className }: Props<T>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} {...ariaFor(id, hint, error)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A labelled calendar-day input (YYYY-MM-DD), empty allowed. */
export function DayField({ id, label, hint, error, value, onChange, max }: Omit<Props<string>, 'options'> & { max?: string }) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input id={id} type="date" value={value} max={max} onChange={(e) => onChange(e.target.value)} {...ariaFor(id, hint, error)} />
    </FieldShell>
  );
}
