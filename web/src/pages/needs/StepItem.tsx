/**
 * One step of the journey: what, whose, the client's date, status and how overdue; quick Done / Skip,
 * inline editing, Move up / Move down (focus stays on the moved step's button) and removal.
 */
import { useEffect, useRef, useState } from 'react';
import { isVersionConflict, messageOf } from '../../api/errors.ts';
import { useDeleteStep, useNeed, useUpdateStep, type JourneyStep, type Need } from '../../api/needs.ts';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { daysText, formatDay } from '../../lib/days.ts';
import { StepForm } from './StepForm.tsx';
import { stepOwnerSideLabels, stepStatusLabels } from './vocabulary.ts';

interface Props {
  need: Need;
  step: JourneyStep;
  /** Moves the step one place up (-1) or down (+1); the journey answers with the new order. */
  onMove: (step: JourneyStep, by: -1 | 1) => void;
  moving: boolean;
  editable: boolean;
}

function ownerText(step: JourneyStep): string {
  const names = [step.ownerPerson?.fullName, step.ownerMember?.name].filter(Boolean).join(' and ');
  return names ? `${stepOwnerSideLabels[step.ownerSide]} · ${names}` : stepOwnerSideLabels[step.ownerSide];
}

export function StepItem({ need, step, onMove, moving, editable }: Props) {
  const update = useUpdateStep(need.id);
  const remove = useDeleteStep(need.id);
  const reload = useNeed(need.id);
  const [editing, setEditing] = useState(false);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const movedBy = useRef<-1 | 1 | null>(null);
  const first = step.position === 1;
  const last = step.position === need.journey.length;
  const open = step.status === 'planned' || step.status === 'in_progress';
  const buttonId = (by: -1 | 1) => `step-${step.id}-${by < 0 ? 'up' : 'down'}`;

  // After a move, keep the keyboard on this step: the same button, or the other one at the list's end.
  useEffect(() => {
    const by = movedBy.current;
    if (by === null) return;
    movedBy.current = null;
    const target = document.getElementById(buttonId(by)) as HTMLButtonElement | null;
    (target && !target.disabled ? target : document.getElementById(buttonId(by < 0 ? 1 : -1)))?.focus();
  }, [step.position]);

  // A quick action has no draft to lose: on a conflict, show the step as it is now.
  const setStatus = (status: JourneyStep['status']) =>
    update.mutate({ stepId: step.id, version: step.version, status }, { onError: (e) => void (isVersionConflict(e) && reload.refetch()) });
  const actionError = update.error ?? remove.error;

  if (editing) {
    return (
      <li className="journey-step editing">
        <StepForm
          key={step.version}
          idPrefix={`edit-${step.id}`}
          need={need}
          step={step}
          onSubmit={(values) => update.mutate({ ...values, stepId: step.id, version: step.version }, { onSuccess: () => setEditing(false) })}
          onCancel={() => {
            update.reset();
            setEditing(false);
          }}
          pending={update.isPending}
          error={update.error}
          submitLabel="Save the step"
          notice={<ConflictNotice error={update.error} what="step" onReload={() => void reload.refetch().then(() => update.reset())} reloading={reload.isFetching} />}
        />
      </li>
    );
  }

  return (
    <li className={`journey-step status-${step.status}${step.daysOverdue ? ' overdue' : ''}`}>
      <div className="step-body">
        <h3 className="step-title">{step.title}</h3>
        <p className="step-meta">
          <span>{ownerText(step)}</span>
          {step.targetOn ? <span>Client’s date: {formatDay(step.targetOn)}</span> : <span className="muted">No date yet</span>}
          {step.status === 'in_progress' || step.status === 'skipped' ? (
            <span className={`need-badge journey-status-${step.status}`}>{stepStatusLabels[step.status]}</span>
          ) : null}
          {step.completedOn ? <span className="journey-done-on">Done on {formatDay(step.completedOn)}</span> : null}
        </p>
        {step.daysOverdue ? <p className="overdue-marker">{daysText(step.daysOverdue)} past the client’s date</p> : null}
        {step.notes ? <p className="step-notes prewrap">{step.notes}</p> : null}
        {actionError ? (
          <p className="field-error" role="alert">
            {isVersionConflict(actionError) ? 'Someone else changed this step meanwhile; it now shows their change. Try again if it is still needed.' : messageOf(actionError)}
          </p>
        ) : null}
      </div>
      {editable ? (
        <div className="step-actions" role="group" aria-label={`Actions for “${step.title}”`}>
          {open ? (
            <>
              <button type="button" className="button button-small" onClick={() => setStatus('done')} disabled={update.isPending}>
                Done
              </button>
              <button type="button" className="button button-small" onClick={() => setStatus('skipped')} disabled={update.isPending}>
                Skip
              </button>
            </>
          ) : (
            <button type="button" className="button button-small" onClick={() => setStatus('planned')} disabled={update.isPending}>
              Back to planned
            </button>
          )}
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            Edit
          </button>
          {([-1, 1] as const).map((by) => (
            <button
              key={by}
              id={buttonId(by)}
              type="button"
              className="button button-small button-quiet"
              aria-label={`Move “${step.title}” ${by < 0 ? 'up' : 'down'}`}
              disabled={moving || (by < 0 ? first : last)}
              onClick={() => {
                movedBy.current = by;
                onMove(step, by);
              }}
            >
              {by < 0 ? '↑ Up' : '↓ Down'}
            </button>
          ))}
          {confirmingRemove ? (
            <>
              <button type="button" className="button button-small button-danger" onClick={() => remove.mutate(step.id)} disabled={remove.isPending}>
                Yes, remove it
              </button>
              <button type="button" className="button button-small button-quiet" onClick={() => setConfirmingRemove(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" className="button button-small button-danger-quiet" onClick={() => setConfirmingRemove(true)}>
              Remove
            </button>
          )}
        </div>
      ) : null}
    </li>
  );
}
