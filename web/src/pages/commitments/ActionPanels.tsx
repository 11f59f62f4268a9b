/**
 * The inline panels that act on an open commitment: Kept (on a day), Renegotiate (a new date and why,
 * only on or before the date in force) and Broken (why). One panel at a time; it takes focus when it
 * opens. Empty fields are caught here; the server's refusals are shown next to the field they name.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Commitment, CommitmentAction } from '../../api/commitments.ts';
import { messageOf } from '../../api/errors.ts';
import { fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/Field.tsx';
import { addDays } from '../../../../src/common/days.ts';
import { DayField } from './DayField.tsx';
import { formatDay } from '../../lib/days.ts';

interface PanelProps {
  commitment: Commitment;
  today: string;
  pending: boolean;
  error: unknown;
  onSubmit: (action: CommitmentAction) => void;
  onCancel: () => void;
}

interface FrameProps {
  id: string;
  title: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  /** Problems found before sending (field → message); the action is sent only when there are none. */
  check: () => Record<string, string>;
  send: () => void;
  children: (errors: Record<string, string>) => ReactNode;
}

function PanelFrame({ id, title, submitLabel, pending, error, onCancel, check, send, children }: FrameProps) {
  const ref = useRef<HTMLFormElement>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);
  const errors = Object.keys(local).length ? local : fieldErrors(error);
  const general = error && Object.keys(errors).length === 0 ? messageOf(error) : null;
  return (
    <form
      ref={ref}
      className="action-panel"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const problems = check();
        setLocal(problems);
        if (Object.keys(problems).length === 0) send();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      {general ? (
        <p className="field-error" role="alert">
          {general}
        </p>
      ) : null}
      {children(errors)}
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const required = (entries: [string, string, string][]) => Object.fromEntries(entries.filter(([, value]) => !value.trim()).map(([field, , message]) => [field, message]));

export function KeepPanel({ commitment: c, today, pending, error, onSubmit, onCancel }: PanelProps) {
  const [keptOn, setKeptOn] = useState(today);
  const id = `keep-${c.id}`;
  return (
    <PanelFrame
      id={id}
      title="Mark it kept"
      submitLabel="Mark kept"
      pending={pending}
      error={error}
      onCancel={onCancel}
      check={() => required([['keptOn', keptOn, 'Pick the day it was kept']])}
      // Today is left to the server's clock; an earlier day is sent as picked.
      send={() => onSubmit({ action: 'keep', body: keptOn === today ? {} : { keptOn } })}
    >
      {(errors) => (
        <DayField
          id={`${id}-keptOn`}
          label="Kept on"
          max={today}
          value={keptOn}
          onChange={setKeptOn}
          error={errors.keptOn}
          hint={keptOn > c.dueOn ? `After the date in force (${formatDay(c.dueOn)}): it will count as kept late.` : `By ${formatDay(c.dueOn)}: on time.`}
        />
      )}
    </PanelFrame>
  );
}

export function RenegotiatePanel({ commitment: c, today, pending, error, onSubmit, onCancel }: PanelProps) {
  const [dueOn, setDueOn] = useState('');
  const [reason, setReason] = useState('');
  const id = `renegotiate-${c.id}`;
  return (
    <PanelFrame
      id={id}
      title="Agree a new date"
      submitLabel="Save the new date"
      pending={pending}
      error={error}
      onCancel={onCancel}
      check={() =>
        required([
          ['dueOn', dueOn, 'Pick the new date you agreed'],
          ['reason', reason, 'Say why the date moved'],
        ])
      }
      send={() => onSubmit({ action: 'renegotiate', body: { dueOn, reason } })}
    >
      {(errors) => (
        <>
          <p className="hint">Agreed before the date in force, a new date keeps faith. The history keeps every earlier date.</p>
          <DayField id={`${id}-dueOn`} label="New date" min={addDays(today, 1)} value={dueOn} onChange={setDueOn} error={errors.dueOn} />
          <TextArea id={`${id}-reason`} label="Why it moved, as agreed" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} />
        </>
      )}
    </PanelFrame>
  );
}

export function BreakPanel({ commitment: c, pending, error, onSubmit, onCancel }: PanelProps) {
  const [reason, setReason] = useState('');
  const id = `break-${c.id}`;
  return (
    <PanelFrame
      id={id}
      title="Record it as broken"
      submitLabel="Record as broken"
      pending={pending}
      error={error}
      onCancel={onCancel}
      check={() => required([['reason', reason, 'Say why it was not kept']])}
      send={() => onSubmit({ action: 'break', body: { reason } })}
    >
      {(errors) => (
        <TextArea
          id={`${id}-reason`}
          label="Why it was not kept"
          hint="Honestly, in a line or two. A broken promise recorded is better than one forgotten."
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason}
        />
      )}
    </PanelFrame>
  );
}
