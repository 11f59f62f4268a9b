/**
 * "Stay in touch": a select of the usual rhythms (or none), and a number of days for anything else. Today
 * lists the person as losing touch when no conversation happened within it.
 */
import { useState } from 'react';
import { ariaFor } from '../../components/Field.tsx';
import { practiceLimits } from '../../../../src/common/practices.ts';
import { cadencePresets, isPreset } from './cadence.ts';
import '../../styles/today.css';

const CUSTOM = 'custom';

interface Props {
  /** The select's id; the number of days uses `${id}Days` (the API's field, for the error summary). */
  id: string;
  initialDays: number | null;
  error?: string;
  /** The cadence in days, null for none (0 while no number is typed: the server then says what to fix). */
  onChange: (days: number | null) => void;
}

export function StayInTouchField({ id, initialDays, error, onChange }: Props) {
  const [choice, setChoice] = useState(initialDays === null ? '' : isPreset(initialDays) ? String(initialDays) : CUSTOM);
  const [custom, setCustom] = useState(initialDays !== null && !isPreset(initialDays) ? String(initialDays) : '');
  const daysId = `${id}Days`;
  const hint = 'Today lists them under “Losing touch” when you have not talked for this long. Notes and reminders do not count; conversations do.';

  function choose(next: string) {
    setChoice(next);
    onChange(next === '' ? null : Number(next === CUSTOM ? custom : next));
  }

  return (
    <div className={`field stay-in-touch-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>Stay in touch</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="cadence-row">
        <select id={id} value={choice} onChange={(e) => choose(e.target.value)} aria-describedby={`${id}-hint`}>
          <option value="">No cadence</option>
          {cadencePresets.map((p) => (
            <option key={p.days} value={p.days}>
              {p.label}
            </option>
          ))}
          <option value={CUSTOM}>Another number of days</option>
        </select>
        {choice === CUSTOM ? (
          <span className="cadence-days">
            <span aria-hidden="true">Every</span>
            <input
              id={daysId}
              aria-label="Stay in touch every how many days"
              type="number"
              inputMode="numeric"
              min={1}
              max={practiceLimits.stayInTouchDaysMax}
              value={custom}
              onChange={(e) => {
                setCustom(e.target.value);
                onChange(Number(e.target.value));
              }}
              {...ariaFor(daysId, undefined, error)}
            />
            <span aria-hidden="true">days</span>
          </span>
        ) : null}
      </div>
      {error ? (
        <p className="field-error" id={`${daysId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
