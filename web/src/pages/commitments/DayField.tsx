/** A labelled calendar-day input (YYYY-MM-DD) with its hint and error tied to it, like the shared TextField. */
import '../../styles/commitments.css';
import type { ReactNode } from 'react';
import { ariaFor, FieldShell } from '../../components/Field.tsx';

interface Props {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (day: string) => void;
  min?: string;
  max?: string;
}

export function DayField({ id, label, hint, error, value, onChange, min, max }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className="day-field">
      <input id={id} type="date" value={value} min={min} max={max} onChange={(e) => onChange(e.target.value)} {...ariaFor(id, hint, error)} />
    </FieldShell>
  );
}
