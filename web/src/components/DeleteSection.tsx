/** A quiet "danger zone": deleting asks for a second, explicit confirmation. */
import { useState } from 'react';
import { messageOf } from '../api/errors.ts';

interface Props {
  title: string;
  explanation: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending: boolean;
  error: unknown;
}

export function DeleteSection({ title, explanation, confirmLabel, onConfirm, pending, error }: Props) {
  const [asking, setAsking] = useState(false);
  return (
    <section className="danger-zone" aria-labelledby="danger-title">
      <h2 id="danger-title">{title}</h2>
      <p>{explanation}</p>
      {asking ? (
        <div className="confirm" role="group" aria-label="Confirm deletion">
          <button type="button" className="button button-danger" onClick={onConfirm} disabled={pending}>
            {pending ? 'Deleting…' : confirmLabel}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setAsking(false)} disabled={pending}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="button button-danger-quiet" onClick={() => setAsking(true)}>
          {title}
        </button>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {messageOf(error)}
        </p>
      ) : null}
    </section>
  );
}
