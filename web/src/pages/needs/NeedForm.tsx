/**
 * A need's title and whose need it is (an organisation, their people, or both); when writing a new one,
 * also the problem as the client first stated it, in their words.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/errors.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { OrganizationPicker, PersonPicker } from '../../components/Pickers.tsx';
import { practiceLimits } from './vocabulary.ts';

interface Picked {
  id: string;
  name: string;
}

export interface NeedFormValues {
  title: string;
  organization: Picked | null;
  people: Picked[];
  /** Only when writing a new need. */
  firstStatement: string;
}

const ID = 'need';
const labels = {
  title: 'What they want to change',
  organizationId: 'Organisation',
  personIds: 'Their people',
  'problemStatement.text': 'The problem as they first stated it',
};
const idFor = (path: string) => (path.startsWith('problemStatement') ? `${ID}-statement` : `${ID}-${path.split('.')[0]}`);

interface Props {
  initial: NeedFormValues;
  /** Ask for the first statement (a new need). */
  withStatement: boolean;
  onSubmit: (values: NeedFormValues) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  cancel: ReactNode;
  notice?: ReactNode;
}

function Chip({ name, onRemove }: { name: string; onRemove: () => void }) {
  return (
    <li className="chip">
      <span>{name}</span>
      <button type="button" aria-label={`Remove ${name}`} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}

export function NeedForm({ initial, withStatement, onSubmit, pending, error, submitLabel, cancel, notice }: Props) {
  const [values, setValues] = useState(initial);
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const shown = localError ?? error;
  const errors = fieldErrors(shown);
  const set = (patch: Partial<NeedFormValues>) => setValues((v) => ({ ...v, ...patch }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!values.title.trim()) problems.title = 'Say in a line what they want to change';
    if (!values.organization && values.people.length === 0) problems.organizationId = 'Pick their organisation or at least one of their people';
    if (Object.keys(problems).length) {
      setLocalError(new ApiError(400, 'validation_failed', 'Check the highlighted fields.', problems));
      return;
    }
    setLocalError(null);
    onSubmit(values);
  }

  const whoseError = errors.organizationId ?? errors.personIds;
  return (
    <form className="form need-form" onSubmit={submit} noValidate>
      {notice}
      <ErrorSummary error={shown} labels={labels} idFor={idFor} />
      <TextField
        id={`${ID}-title`}
        label="What they want to change"
        hint="A short title, e.g. “Faster month-end close”."
        maxLength={practiceLimits.titleMax}
        value={values.title}
        onChange={(e) => set({ title: e.target.value })}
        error={errors.title}
      />
      <fieldset className="fieldset">
        <legend>Whose need it is</legend>
        <p className="hint">Their organisation, the people involved, or both.</p>
        <div className="subfield">
          {values.organization ? (
            <ul className="chips" aria-label="Organisation chosen">
              <Chip name={values.organization.name} onRemove={() => set({ organization: null })} />
            </ul>
          ) : (
            <OrganizationPicker id={`${ID}-organizationId`} label="Organisation" error={whoseError} exclude={[]} onPick={(organization) => set({ organization })} />
          )}
        </div>
        <div className="subfield">
          {values.people.length ? (
            <ul className="chips" aria-label="People chosen">
              {values.people.map((p) => (
                <Chip key={p.id} name={p.name} onRemove={() => set({ people: values.people.filter((x) => x.id !== p.id) })} />
              ))}
            </ul>
          ) : null}
          <PersonPicker
            id={`${ID}-personIds`}
            label={values.people.length ? 'Add another of their people' : 'Their people'}
            error={values.organization ? whoseError : undefined}
            exclude={values.people.map((p) => p.id)}
            onPick={(person) => set({ people: [...values.people, person] })}
          />
        </div>
      </fieldset>
      {withStatement ? (
        <TextArea
          id={`${ID}-statement`}
          className="statement-field"
          label="The problem as they first stated it — in their words"
          hint="Write what they said, not what you think the problem is. You will refine it together later."
          rows={4}
          maxLength={practiceLimits.statementMax}
          value={values.firstStatement}
          onChange={(e) => set({ firstStatement: e.target.value })}
          error={errors['problemStatement.text']}
        />
      ) : null}
      <FormActions pending={pending} submitLabel={submitLabel} cancel={cancel} />
    </form>
  );
}
