/**
 * How the need ended, honestly: one of six outcomes (no catch-all "lost"), a reason and any lesson.
 * Referring out and advising not to buy are marked as help given. A closed need can be reopened.
 */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/errors.ts';
import { useRecordOutcome, useReopenNeed, type Need } from '../../api/needs.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { messageOf } from '../../api/errors.ts';
import { formatMoment } from '../../lib/days.ts';
import { RadioChoices } from './RadioChoices.tsx';
import { needOutcomeLabels, needOutcomes, practiceLimits, type NeedOutcome } from './vocabulary.ts';

const labels = { outcome: 'How it ended', reason: 'Why', lesson: 'What we learned' };
const idFor = (path: string) => (path === 'outcome' ? `outcome-${needOutcomes[0]}` : `outcome-${path}`);

function OutcomeForm({ need, onDone }: { need: Need; onDone: () => void }) {
  const record = useRecordOutcome(need.id);
  const [outcome, setOutcome] = useState<NeedOutcome | null>(null);
  const [reason, setReason] = useState('');
  const [lesson, setLesson] = useState('');
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const shown = localError ?? record.error;
  const errors = fieldErrors(shown);

  function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!outcome) problems.outcome = 'Choose how it ended';
    if (!reason.trim()) problems.reason = 'Say why it ended this way';
    if (!outcome || Object.keys(problems).length) {
      setLocalError(new ApiError(400, 'validation_failed', 'Check the highlighted fields.', problems));
      return;
    }
    setLocalError(null);
    record.mutate({ outcome, reason, lesson: lesson.trim() || null }, { onSuccess: onDone });
  }

  return (
    <form className="form outcome-form" onSubmit={submit} noValidate aria-label="Record the outcome">
      <ErrorSummary error={shown} labels={labels} idFor={idFor} title="The outcome could not be recorded" />
      <RadioChoices
        id="outcome"
        legend="How it ended"
        variant="cards"
        options={needOutcomes.map((o) => ({ value: o, ...needOutcomeLabels[o] }))}
        value={outcome}
        onChange={setOutcome}
        error={errors.outcome}
      />
      <TextArea id="outcome-reason" label="Why" hint="In a sentence or two, honestly." rows={2} maxLength={practiceLimits.reasonMax} value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} />
      <TextArea
        id="outcome-lesson"
        label="What we learned (optional)"
        rows={2}
        maxLength={practiceLimits.reasonMax}
        value={lesson}
        onChange={(e) => setLesson(e.target.value)}
        error={errors.lesson}
      />
      <FormActions
        pending={record.isPending}
        submitLabel="Record the outcome"
        cancel={
          <button type="button" className="button button-quiet" onClick={onDone}>
            Cancel
          </button>
        }
      />
    </form>
  );
}

function ClosedOutcome({ need }: { need: Need }) {
  const reopen = useReopenNeed(need.id);
  const o = need.outcome!;
  return (
    <>
      <p className="outcome-result">
        <span className="outcome-label">{needOutcomeLabels[o.outcome].label}</span>
        {o.helpGiven ? <span className="need-badge need-badge-help">Help given</span> : null}
      </p>
      <p className="muted">{needOutcomeLabels[o.outcome].hint}</p>
      <dl className="details">
        <dt>Why</dt>
        <dd className="prewrap">{o.reason}</dd>
        {o.lesson ? (
          <>
            <dt>What we learned</dt>
            <dd className="prewrap">{o.lesson}</dd>
          </>
        ) : null}
        <dt>Recorded</dt>
        <dd>
          {formatMoment(o.recordedAt)}
          {o.recordedBy ? ` by ${o.recordedBy.name}` : ''}
        </dd>
      </dl>
      <div className="need-actions">
        <button type="button" className="button" onClick={() => reopen.mutate(undefined)} disabled={reopen.isPending}>
          {reopen.isPending ? 'Reopening…' : 'Reopen'}
        </button>
        <span className="hint">If the outcome was recorded by mistake or too early.</span>
      </div>
      {reopen.error ? (
        <p className="field-error" role="alert">
          {messageOf(reopen.error)}
        </p>
      ) : null}
    </>
  );
}

export function OutcomeSection({ need }: { need: Need }) {
  const [recording, setRecording] = useState(false);
  return (
    <section className="need-section" aria-labelledby="outcome-title">
      <h2 id="outcome-title">Outcome</h2>
      {need.outcome ? (
        <ClosedOutcome need={need} />
      ) : recording ? (
        <OutcomeForm need={need} onDone={() => setRecording(false)} />
      ) : (
        <>
          <p className="muted">Still open. When it ends, say how — honestly. Sending them to someone better, or advising them not to buy, is help given.</p>
          <button type="button" className="button" onClick={() => setRecording(true)}>
            Record the outcome
          </button>
        </>
      )}
    </section>
  );
}
