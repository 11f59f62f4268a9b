/**
 * "For whom": the client person and organisation (search and pick, one each), and the need when the form
 * was opened from one. Shared by the gift and referral forms.
 */
import { OrganizationPicker, PersonPicker } from '../../components/Pickers.tsx';

export interface Picked {
  id: string;
  name: string;
}
export interface ClientValue {
  person: Picked | null;
  organization: Picked | null;
  need: Picked | null;
}

export const noClient: ClientValue = { person: null, organization: null, need: null };

/** The client of a stored gift or referral, as the fields show it. */
export function clientOf(record: {
  person: { id: string; fullName: string } | null;
  organization: Picked | null;
  need: { id: string; title: string } | null;
}): ClientValue {
  return {
    person: record.person ? { id: record.person.id, name: record.person.fullName } : null,
    organization: record.organization,
    need: record.need ? { id: record.need.id, name: record.need.title } : null,
  };
}

interface Props {
  idPrefix: string;
  legend: string;
  hint?: string;
  value: ClientValue;
  onChange: (value: ClientValue) => void;
  errors: Record<string, string>;
}

function Chip({ id, label, picked, onRemove }: { id: string; label: string; picked: Picked; onRemove: () => void }) {
  return (
    <div className="field">
      <span className="label" id={`${id}-label`}>
        {label}
      </span>
      <ul className="chips" aria-labelledby={`${id}-label`}>
        <li className="chip">
          <span>{picked.name}</span>
          <button type="button" id={id} aria-label={`Remove ${picked.name}`} onClick={onRemove}>
            ×
          </button>
        </li>
      </ul>
    </div>
  );
}

export function ClientFields({ idPrefix, legend, hint, value, onChange, errors }: Props) {
  const set = (patch: Partial<ClientValue>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      <div className="field-row">
        {value.person ? (
          <Chip id={`${idPrefix}-personId`} label="Person" picked={value.person} onRemove={() => set({ person: null })} />
        ) : (
          <PersonPicker id={`${idPrefix}-personId`} label="Person" error={errors.personId} exclude={[]} onPick={(p) => set({ person: p })} />
        )}
        {value.organization ? (
          <Chip id={`${idPrefix}-organizationId`} label="Organisation" picked={value.organization} onRemove={() => set({ organization: null })} />
        ) : (
          <OrganizationPicker
            id={`${idPrefix}-organizationId`}
            label="Organisation"
            error={errors.organizationId}
            exclude={[]}
            onPick={(o) => set({ organization: o })}
          />
        )}
      </div>
      {value.need ? <Chip id={`${idPrefix}-needId`} label="Need" picked={value.need} onRemove={() => set({ need: null })} /> : null}
    </fieldset>
  );
}
