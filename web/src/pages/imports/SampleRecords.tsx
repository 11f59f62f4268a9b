/**
 * The first records of the file as they will be imported, one card each (readable on a phone): name,
 * job title and organisation, emails, phones, addresses, birthday, website and notes.
 */
import type { ImportRecord } from '../../api/imports.ts';
import { formatBirthday } from '../people/birthday.ts';

type Address = ImportRecord['addresses'][number];

const addressLine = (a: Address) => [a.street, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(', ');

function Detail({ term, values }: { term: string; values: (string | undefined)[] }) {
  const shown = values.filter((v): v is string => Boolean(v));
  if (shown.length === 0) return null;
  return (
    <div>
      <dt>{term}</dt>
      {shown.map((v, i) => (
        <dd key={i}>{v}</dd>
      ))}
    </div>
  );
}

export function SampleRecords({ sample }: { sample: ImportRecord[] }) {
  return (
    <ol className="import-sample">
      {sample.map((r) => (
        <li key={r.row} className="import-record">
          <p className="import-record-name">
            <strong>{r.fullName || <span className="muted">(no name)</span>}</strong>
            <span className="muted"> · {r.kind === 'organization' ? 'organisation' : 'person'}, row {r.row}</span>
          </p>
          {r.kind === 'person' && (r.title || r.organizationName) ? (
            <p className="import-record-role">{[r.title, r.organizationName].filter(Boolean).join(', ')}</p>
          ) : null}
          <dl className="import-record-details">
            <Detail term="Email" values={r.emails} />
            <Detail term="Phone" values={r.phones} />
            <Detail term="Address" values={r.addresses.map(addressLine)} />
            <Detail term="Birthday" values={[r.birthday && formatBirthday(r.birthday)]} />
            <Detail term="Industry" values={[r.industry]} />
            <Detail term="Website" values={[r.website]} />
            <Detail term="Notes" values={[r.notes]} />
          </dl>
        </li>
      ))}
    </ol>
  );
}
