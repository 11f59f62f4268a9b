/** Who the draft is to (optional): their conversations' notes show whether it says anything specific to them. */
import { Link } from '@tanstack/react-router';
import { usePerson } from '../../api/people.ts';
import { PersonPicker } from '../../components/Pickers.tsx';

interface Props {
  id: string;
  personId: string | undefined;
  onChange: (personId: string | undefined) => void;
}

const hint = 'Optional. Their conversations’ notes show whether the draft says anything specific to them.';

export function DraftRecipient({ id, personId, onChange }: Props) {
  const person = usePerson(personId ?? '');
  if (!personId) return <PersonPicker id={id} label="Who it is to" hint={hint} exclude={[]} onPick={(p) => onChange(p.id)} />;
  return (
    <div className="field">
      <p className="label" id={`${id}-label`}>
        Who it is to
      </p>
      <p className="chosen">
        {person.data ? (
          <Link to="/people/$personId" params={{ personId }}>
            <strong>{person.data.fullName}</strong>
          </Link>
        ) : person.isError ? (
          <span className="field-error">That person could not be found.</span>
        ) : (
          <span className="muted">Loading…</span>
        )}{' '}
        <button type="button" id={id} className="button-link" aria-describedby={`${id}-label`} onClick={() => onChange(undefined)}>
          Change
        </button>
      </p>
    </div>
  );
}
