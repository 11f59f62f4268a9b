/**
 * The form for the incident's next step (one at a time, in order): the text, when it happened (now by
 * default), and for the prevention its due date and who promises it, since it becomes our commitment.
 */
import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../../api/errors.ts';
import { useIncidentStep, type Incident, type StepAction, type StepRequest } from '../../api/incidents.ts';
import { useSession } from '../../api/session.ts';
import { fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';
import { localInputToIso, toLocalInput } from '../../lib/dates.ts';
import { DayField } from '../commitments/DayField.tsx';
import { MemberSelect } from '../commitments/MemberSelect.tsx';
import { stepForms } from './incident-words.ts';
import { todayLocal } from '../../lib/days.ts';

function request(action: StepAction, text: string, at: string | undefined, prevention: { dueOn: string; memberId: string }): StepRequest {
  switch (action) {
    case 'acknowledge':
      return { action, body: { message: text, at } };
    case 'explain':
      return { action, body: { explanation: text, at } };
    case 'prevention':
      return { action, body: { prevention: text, at, ...prevention } };
    case 'verify':
      return { action, body: { verification: text, at } };
  }
}

export function StepForm({ incident, action }: { incident: Incident; action: StepAction }) {
  const step = useIncidentStep(incident.id);
  const me = useSession().member;
  const form = stepForms[action];
  const id = `step-${action}`;
  const [text, setText] = useState('');
  const [opened] = useState(() => toLocalInput(new Date()));
  const [when, setWhen] = useState(opened);
  const [dueOn, setDueOn] = useState('');
  const [memberId, setMemberId] = useState(me.id);
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const error = localError ?? step.error;
  const fields = fieldErrors(error);
  const errors: Record<string, string | undefined> = { ...fields, text: fields.text ?? fields[form.field] };
  const general = error && Object.keys(fields).length === 0 ? messageOf(error) : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!text.trim()) problems.text = 'Write it down first';
    const at = localInputToIso(when);
    if (!at) problems.at = 'Say when it happened';
    if (action === 'prevention' && !dueOn) problems.dueOn = 'Say by when it will be in place';
    if (Object.keys(problems).length) {
      setLocalError(new ApiError(400, 'validation_failed', 'Check the highlighted fields.', problems));
      return;
    }
    setLocalError(null);
    // Left as opened, the moment is the server's "now".
    step.mutate(request(action, text, when === opened ? undefined : at!, { dueOn, memberId }));
  }

  return (
    <form className="step-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{form.title}</h3>
      {general ? (
        <p className="field-error" role="alert">
          {general}
        </p>
      ) : null}
      <TextArea id={`${id}-text`} label={form.label} hint={form.hint} rows={3} value={text} onChange={(e) => setText(e.target.value)} error={errors.text} />
      {action === 'prevention' ? (
        <div className="field-row">
          <DayField id={`${id}-dueOn`} label="In place by" min={todayLocal()} value={dueOn} onChange={setDueOn} error={errors.dueOn} />
          <MemberSelect id={`${id}-memberId`} label="Who promises it" value={memberId} onChange={setMemberId} error={errors.memberId} />
        </div>
      ) : null}
      <TextField id={`${id}-at`} label="When" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} error={errors.at} className="when-field" />
      <button type="submit" className="button button-primary" disabled={step.isPending}>
        {step.isPending ? 'Saving…' : form.submit}
      </button>
    </form>
  );
}
