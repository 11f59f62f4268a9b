/** Done, Snooze (to a later day), Edit (what and when) and Cancel (with a reason) for one open follow-up, right where it is listed. */
import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/errors.ts';
import { useFollowUpAction, useReloadFollowUps, type FollowUp } from '../../api/follow-ups.ts';
import { fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/Field.tsx';
import { addDays } from '../../lib/days.ts';
import { EditFollowUpPanel } from './EditFollowUpPanel.tsx';

type Mode = 'idle' | 'snooze' | 'edit' | 'cancel';

export function FollowUpActions({ followUp: f, today }: { followUp: FollowUp; today: string }) {
  const action = useFollowUpAction();
  const reload = useReloadFollowUps();
  const [mode, setMode] = useState<Mode>('idle');
  const [snoozeTo, setSnoozeTo] = useState(() => addDays(f.dueOn > today ? f.dueOn : today, 7));
  const [reason, setReason] = useState('');
  const prefix = `follow-up-${f.id}`;
  const fields = fieldErrors(action.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (mode === 'snooze') action.mutate({ kind: 'snooze', id: f.id, version: f.version, dueOn: snoozeTo });
    if (mode === 'cancel') action.mutate({ kind: 'cancel', id: f.id, version: f.version, reason });
  }

  const switchTo = (next: Mode) => {
    action.reset();
    setMode(next);
  };

  if (mode === 'edit') return <EditFollowUpPanel key={f.version} followUp={f} onDone={() => setMode('idle')} onReload={reload} />;

  return (
    <div className="follow-up-actions">
      {mode === 'idle' ? (
        <div className="inline-actions">
          <button
            type="button"
            className="button button-small button-primary"
            disabled={action.isPending}
            onClick={() => action.mutate({ kind: 'done', id: f.id, version: f.version })}
            aria-label={`Done: ${f.content}`}
          >
            {action.isPending ? 'Saving…' : 'Done'}
          </button>
          <button type="button" className="button button-small" onClick={() => switchTo('snooze')} aria-label={`Snooze: ${f.content}`}>
            Snooze
          </button>
          <button type="button" className="button button-small" onClick={() => switchTo('edit')} aria-label={`Edit: ${f.content}`}>
            Edit
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => switchTo('cancel')} aria-label={`Cancel: ${f.content}`}>
            Cancel
          </button>
        </div>
      ) : (
        <form className="inline-form" onSubmit={submit} noValidate>
          {mode === 'snooze' ? (
            <TextField
              id={`${prefix}-snooze`}
              label="Snooze until"
              type="date"
              min={addDays(today, 1)}
              value={snoozeTo}
              onChange={(e) => setSnoozeTo(e.target.value)}
              error={fields.dueOn}
            />
          ) : (
            <TextField
              id={`${prefix}-reason`}
              label="Why is it no longer needed?"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={fields.reason}
              autoFocus
            />
          )}
          <div className="inline-actions">
            <button type="submit" className="button button-small button-primary" disabled={action.isPending}>
              {action.isPending ? 'Saving…' : mode === 'snooze' ? 'Snooze' : 'Cancel follow-up'}
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => switchTo('idle')}>
              Keep as it is
            </button>
          </div>
        </form>
      )}
      {action.error && Object.keys(fields).length === 0 ? (
        <p className="field-error" role="alert">
          {messageOf(action.error)}
        </p>
      ) : null}
    </div>
  );
}
