/**
 * A birthday as day, month and year, the year optional (many people share the day but not the year).
 * Sends `YYYY-MM-DD`, `--MM-DD` or null; the server's message shows under the three parts.
 */
import { useState } from 'react';
import { birthdayParts, birthdayValue, monthNames, type BirthdayParts } from './birthday.ts';
import '../../styles/people.css';

interface Props {
  /** The day input's id (the error summary moves focus there); month and year use `${id}-month`, `${id}-year`. */
  id: string;
  initial: string | null;
  error?: string;
  onChange: (value: string | null) => void;
}

export function BirthdayField({ id, initial, error, onChange }: Props) {
  const [parts, setParts] = useState<BirthdayParts>(() => birthdayParts(initial));
  const hintId = `${id}-hint`;
  const describedBy = error ? `${hintId} ${id}-error` : hintId;
  const aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } as const;

  function set(part: keyof BirthdayParts, value: string) {
    const next = { ...parts, [part]: value };
    setParts(next);
    onChange(birthdayValue(next));
  }

  return (
    <fieldset className={`field birthday-field${error ? ' has-error' : ''}`}>
      <legend className="label">Birthday</legend>
      <p className="hint" id={hintId}>
        For example 14 March 1980. Leave the year empty if you do not know it.
      </p>
      <div className="birthday-parts">
        <div className="birthday-part birthday-day">
          <label htmlFor={id}>Day</label>
          <input id={id} type="text" inputMode="numeric" maxLength={2} autoComplete="off" value={parts.day} onChange={(e) => set('day', e.target.value)} {...aria} />
        </div>
        <div className="birthday-part birthday-month">
          <label htmlFor={`${id}-month`}>Month</label>
          <select id={`${id}-month`} value={parts.month} onChange={(e) => set('month', e.target.value)} {...aria}>
            <option value="">Month</option>
            {monthNames.map((name, i) => (
              <option key={name} value={String(i + 1).padStart(2, '0')}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="birthday-part birthday-year">
          <label htmlFor={`${id}-year`}>
            Year <span className="muted">(optional)</span>
          </label>
          <input id={`${id}-year`} type="text" inputMode="numeric" maxLength={4} autoComplete="off" value={parts.year} onChange={(e) => set('year', e.target.value)} {...aria} />
        </div>
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
