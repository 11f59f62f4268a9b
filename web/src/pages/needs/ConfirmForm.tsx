/** Records that someone on the client's side confirmed a version of the statement: who, how, and on which day. */
import { useState, type FormEvent } from 'react';
import { useConfirmStatement, type Need } from '../../api/needs.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { localInputToIso } from '../../lib/dates.ts';
import { DayField, SelectField } from './SelectField.tsx';
import { confirmationMethodLabels, confirmationMethods, type ConfirmationMethod } from './vocabulary.ts';
import { todayLocal } from '../../lib/days.ts';

const ID = 'confirm';
const labels = { personId: 'Who confirmed it', how: 'How', confirmedAt: 'On which day' };
const idFor = (path: string) => `${ID}-${path}`;
/** The share page records its own confirmations. */
const methods = confirmationMethods.filter((m) => m !== 'share_page');

interface Props {
  need: Need;
  version: number;
  onDone: () => void;
}

export function ConfirmForm({ need, version, onDone }: Props) {
  const confirm = useConfirmStatement(need.id);
  const today = todayLocal();
  const [personId, setPersonId] = useState(need.people[0]?.id ?? '');
  const [how, setHow] = useState<ConfirmationMethod>('in_person');
  const [day, setDay] = useState(today);
  const errors = fieldErrors(confirm.error);

  if (need.people.length === 0) {
    return <p className="muted">Add their people to this need (Edit details, above) to record who confirmed it.</p>;
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    // Today means now; an earlier day is recorded at midday, the browser's time.
    const confirmedAt = day && day !== today ? (localInputToIso(`${day}T12:00`) ?? undefined) : undefined;
    confirm.mutate({ version, personId, how, confirmedAt }, { onSuccess: onDone });
  }

  return (
    <form className="form confirm-form" onSubmit={submit} noValidate aria-label={`Confirm version ${version}`}>
      <ErrorSummary error={confirm.error} labels={labels} idFor={idFor} title="The confirmation could not be saved" />
      <div className="field-row">
        <SelectField
          id={`${ID}-personId`}
          label="Who confirmed it"
          value={personId}
          onChange={setPersonId}
          options={need.people.map((p) => ({ value: p.id, label: p.fullName }))}
          error={errors.personId}
        />
        <SelectField
          id={`${ID}-how`}
          label="How"
          value={how}
          onChange={setHow}
          options={methods.map((m) => ({ value: m, label: confirmationMethodLabels[m] }))}
          error={errors.how}
        />
        <DayField id={`${ID}-confirmedAt`} label="On which day" value={day} onChange={setDay} max={today} error={errors.confirmedAt} />
      </div>
      <FormActions
        pending={confirm.isPending}
        submitLabel="Record the confirmation"
        cancel={
          <button type="button" className="button button-quiet" onClick={onDone}>
            Cancel
          </button>
        }
      />
    </form>
  );
}
