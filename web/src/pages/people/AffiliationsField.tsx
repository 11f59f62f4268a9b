/** The organisations a person belongs to, each with their title there; add one by searching. */
import { OrganizationPicker } from '../../components/Pickers.tsx';

export interface AffiliationRow {
  organizationId: string;
  organizationName: string;
  title: string;
}

interface Props {
  idPrefix: string;
  rows: AffiliationRow[];
  onChange: (rows: AffiliationRow[]) => void;
  errors: Record<string, string>;
}

export function AffiliationsField({ idPrefix, rows, onChange, errors }: Props) {
  return (
    <fieldset className="fieldset">
      <legend>Organisations</legend>
      {rows.length ? (
        <ul className="affiliations">
          {rows.map((row, i) => {
            const id = `${idPrefix}-affiliations-${i}-title`;
            return (
              <li key={row.organizationId} className="affiliation-row">
                <div className="field">
                  <label htmlFor={id}>Title at {row.organizationName}</label>
                  <input
                    id={id}
                    type="text"
                    placeholder="e.g. Finance director"
                    value={row.title}
                    aria-invalid={errors[`affiliations.${i}.title`] ? true : undefined}
                    aria-describedby={errors[`affiliations.${i}.title`] ? `${id}-error` : undefined}
                    onChange={(e) => onChange(rows.map((r, j) => (j === i ? { ...r, title: e.target.value } : r)))}
                  />
                  {errors[`affiliations.${i}.title`] ? (
                    <p className="field-error" id={`${id}-error`}>
                      {errors[`affiliations.${i}.title`]}
                    </p>
                  ) : null}
                </div>
                <button
                  type="button"
                  className="button-link remove"
                  aria-label={`Remove ${row.organizationName}`}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <OrganizationPicker
        id={`${idPrefix}-affiliations`}
        label="Add an organisation"
        hint="Search by name, or create it."
        error={errors.affiliations}
        exclude={rows.map((r) => r.organizationId)}
        onPick={(o) => onChange([...rows, { organizationId: o.id, organizationName: o.name, title: '' }])}
      />
    </fieldset>
  );
}
