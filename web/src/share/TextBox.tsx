/** A labelled text box with its limit (maxlength and a counter) and the server's message when it was refused. */
import { forwardRef } from 'react';
import type { ApiError } from '../api/errors.ts';
import { counterText } from './words.ts';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  rows?: number;
  /** The refusal to show under the box (its field, when named, marks the box invalid). */
  error?: ApiError | null;
  field?: string;
}

export const TextBox = forwardRef<HTMLTextAreaElement, Props>(function TextBox({ id, label, hint, value, onChange, max, rows = 4, error, field = 'text' }, ref) {
  const invalid = Boolean(error && (error.code === 'validation_failed' || error.fields[field]));
  const describedBy = [hint ? `${id}-hint` : null, `${id}-count`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="sp-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="sp-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        maxLength={max}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
      <p className={`sp-counter${value.length >= max ? ' is-full' : ''}`} id={`${id}-count`}>
        {counterText(value.length, max)}
      </p>
      {error ? (
        <p className="sp-error" id={`${id}-error`} role="alert">
          {error.message}
        </p>
      ) : null}
    </div>
  );
});
