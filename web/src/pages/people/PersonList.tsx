/** Rows of people: name, where they work, how to reach them. */
import { Link } from '@tanstack/react-router';
import type { Person } from '../../api/types.ts';

export function PersonList({ people, busy }: { people: Person[]; busy?: boolean }) {
  return (
    <ul className={`record-list${busy ? ' busy' : ''}`} aria-busy={busy || undefined}>
      {people.map((p) => {
        const job = p.affiliations[0];
        return (
          <li key={p.id}>
            <Link to="/people/$personId" params={{ personId: p.id }} className="record-link">
              <span className="record-name">{p.fullName}</span>
              <span className="record-detail">
                {job ? (job.title ? `${job.title}, ${job.organizationName}` : job.organizationName) : null}
                {job && p.emails[0] ? <span aria-hidden="true"> · </span> : null}
                {p.emails[0] ?? null}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
