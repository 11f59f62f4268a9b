/** The facts of one commitment as a definition list, each linked record one click away. */
import { Link } from '@tanstack/react-router';
import type { Commitment } from '../../api/commitments.ts';
import { formatDay } from '../../lib/days.ts';

export function CommitmentDetails({ commitment: c }: { commitment: Commitment }) {
  return (
    <dl className="details">
      <dt>{c.side === 'us' ? 'Promised by' : 'Followed up by'}</dt>
      <dd>{c.member?.name ?? <span className="muted">No one from our side</span>}</dd>
      <dt>{c.side === 'us' ? 'Promised to' : 'Promised by'}</dt>
      <dd>
        {c.person ? (
          <Link to="/people/$personId" params={{ personId: c.person.id }}>
            {c.person.fullName}
          </Link>
        ) : (
          <span className="muted">No one named</span>
        )}
      </dd>
      {c.organization ? (
        <>
          <dt>Organisation</dt>
          <dd>
            <Link to="/organizations/$organizationId" params={{ organizationId: c.organization.id }}>
              {c.organization.name}
            </Link>
          </dd>
        </>
      ) : null}
      {c.need ? (
        <>
          <dt>Need</dt>
          <dd>
            <Link to="/needs/$needId" params={{ needId: c.need.id }}>
              {c.need.title}
            </Link>
          </dd>
        </>
      ) : null}
      {c.conversationId ? (
        <>
          <dt>Promised in</dt>
          <dd>
            <Link to="/conversations/$conversationId" params={{ conversationId: c.conversationId }}>
              The conversation
            </Link>
          </dd>
        </>
      ) : null}
      {c.incidentId ? (
        <>
          <dt>Prevention of</dt>
          <dd>
            <Link to="/incidents/$incidentId" params={{ incidentId: c.incidentId }}>
              The incident
            </Link>
          </dd>
        </>
      ) : null}
      <dt>Date in force</dt>
      <dd>{formatDay(c.dueOn)}</dd>
      {c.originalDueOn !== c.dueOn ? (
        <>
          <dt>First promised for</dt>
          <dd>{formatDay(c.originalDueOn)}</dd>
        </>
      ) : null}
    </dl>
  );
}
