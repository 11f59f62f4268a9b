/**
 * Kept / Renegotiate / Broken for an open commitment, each opening its panel below the buttons.
 * Renegotiating is offered only on or before the date in force; after it, the button says why not.
 */
import { useRef, useState } from 'react';
import { useCommitmentAction, type Commitment, type CommitmentAction } from '../../api/commitments.ts';
import { BreakPanel, KeepPanel, RenegotiatePanel } from './ActionPanels.tsx';

type ActionName = CommitmentAction['action'];

const buttons: { action: ActionName; label: string }[] = [
  { action: 'keep', label: 'Kept' },
  { action: 'renegotiate', label: 'Renegotiate' },
  { action: 'break', label: 'Broken' },
];

export function CommitmentActions({ commitment: c, today, onDone }: { commitment: Commitment; today: string; onDone?: (c: Commitment) => void }) {
  const mutation = useCommitmentAction(c.id);
  const [open, setOpen] = useState<ActionName | null>(null);
  const opener = useRef<Partial<Record<ActionName, HTMLButtonElement | null>>>({});
  const pastDue = c.dueOn < today;
  const whyNot = `renegotiate-why-${c.id}`;

  function close() {
    const button = open ? opener.current[open] : null;
    mutation.reset();
    setOpen(null);
    button?.focus();
  }

  const panelProps = {
    commitment: c,
    today,
    pending: mutation.isPending,
    error: mutation.error,
    onCancel: close,
    onSubmit: (a: CommitmentAction) =>
      mutation.mutate(a, {
        onSuccess: (updated) => {
          setOpen(null);
          onDone?.(updated);
        },
      }),
  };

  return (
    <div className="commitment-actions">
      <div className="action-buttons" role="group" aria-label={`Act on: ${c.description}`}>
        {buttons.map(({ action, label }) => {
          const disabled = action === 'renegotiate' && pastDue;
          return (
            <button
              key={action}
              ref={(el) => {
                opener.current[action] = el;
              }}
              type="button"
              className={`button button-small${open === action ? ' button-pressed' : ''}`}
              aria-expanded={open === action}
              disabled={disabled}
              aria-describedby={disabled ? whyNot : undefined}
              onClick={() => {
                mutation.reset();
                setOpen(open === action ? null : action);
              }}
            >
              {label}
            </button>
          );
        })}
      </div>
      {pastDue ? (
        <p className="hint renegotiate-why" id={whyNot}>
          Past its date, so no new date can be agreed: it is now kept late or broken.
        </p>
      ) : null}
      {open === 'keep' ? <KeepPanel {...panelProps} /> : null}
      {open === 'renegotiate' ? <RenegotiatePanel {...panelProps} /> : null}
      {open === 'break' ? <BreakPanel {...panelProps} /> : null}
    </div>
  );
}
