/** Who took part: people from the client's side (search and pick), and colleagues from ours (checkboxes). */
import { useMembers } from '../../api/members.ts';
import { PersonPicker } from '../../components/Pickers.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';

export interface PickedPerson {
  id: string;
  name: string;
}

interface Props {
  idPrefix: string;
  people: PickedPerson[];
  onPeopleChange: (people: PickedPerson[]) => void;
  memberIds: string[];
  onMembersChange: (ids: string[]) => void;
  meId: string;
  errors: Record<string, string>;
}

export function WhoTookPart({ idPrefix, people, onPeopleChange, memberIds, onMembersChange, meId, errors }: Props) {
  const members = useMembers();
  const peopleError = Object.entries(errors).find(([k]) => k === 'personIds' || k.startsWith('personIds.'))?.[1];
  const membersError = Object.entries(errors).find(([k]) => k === 'memberIds' || k.startsWith('memberIds.'))?.[1];
  return (
    <fieldset className="fieldset">
      <legend>Who took part</legend>
      <div className="subfield">
        {people.length ? (
          <ul className="chips" aria-label="Chosen from their side">
            {people.map((p) => (
              <li key={p.id} className="chip">
                <span>{p.name}</span>
                <button type="button" aria-label={`Remove ${p.name}`} onClick={() => onPeopleChange(people.filter((x) => x.id !== p.id))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <PersonPicker
          id={`${idPrefix}-personIds`}
          label="People from their side"
          hint="Search by name or email; add someone new if they are not here yet."
          error={peopleError}
          exclude={people.map((p) => p.id)}
          onPick={(p) => onPeopleChange([...people, p])}
        />
      </div>
      <fieldset className="subfield checkbox-group" aria-describedby={membersError ? `${idPrefix}-memberIds-error` : undefined}>
        <legend className="sublegend">From our side</legend>
        {members.isPending ? (
          <Loading label="Loading your team…" />
        ) : members.isError ? (
          <LoadError error={members.error} onRetry={() => void members.refetch()} />
        ) : (
          members.data.items.map((m, i) => {
            const id = i === 0 ? `${idPrefix}-memberIds` : `${idPrefix}-member-${m.id}`;
            return (
              <div className="checkbox" key={m.id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={memberIds.includes(m.id)}
                  onChange={(e) => onMembersChange(e.target.checked ? [...memberIds, m.id] : memberIds.filter((x) => x !== m.id))}
                />
                <label htmlFor={id}>{m.id === meId ? `${m.name} (you)` : m.name}</label>
              </div>
            );
          })
        )}
        {membersError ? (
          <p className="field-error" id={`${idPrefix}-memberIds-error`}>
            {membersError}
          </p>
        ) : null}
      </fieldset>
    </fieldset>
  );
}
