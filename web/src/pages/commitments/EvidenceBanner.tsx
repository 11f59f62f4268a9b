/**
 * Says what the list shows when it was opened from a reliability figure ("Our promises kept late in the
 * last 12 months, by Margaret"), or narrowed to one person or organisation, with the ways back.
 */
import { Link } from '@tanstack/react-router';
import { standingFigureLabels, windowLabels } from './commitment-words.ts';
import { isEvidence, type CommitmentsSearch } from './commitments-search.ts';
import { MemberName, OrganizationName, PersonName } from './ScopeNames.tsx';

function What({ search: s }: { search: CommitmentsSearch }) {
  const whose = s.side === 'us' ? 'Our promises' : s.side === 'client' ? 'Their promises' : 'Promises';
  const state = s.overdue ? 'overdue now' : s.standing ? standingFigureLabels[s.standing].toLowerCase() : 'resolved';
  return (
    <>
      {whose} {state}
      {s.window ? ` in ${windowLabels[s.window]}` : ''}
    </>
  );
}

function Scope({ search: s }: { search: CommitmentsSearch }) {
  const by = s.side === 'client' ? 'followed up by' : 'by';
  return (
    <>
      {s.memberId ? (
        <>
          , {by} <MemberName id={s.memberId} />
        </>
      ) : null}
      {s.personId ? (
        <>
          , with <PersonName id={s.personId} />
        </>
      ) : null}
      {s.organizationId ? (
        <>
          , with <OrganizationName id={s.organizationId} /> and its people
        </>
      ) : null}
    </>
  );
}

export function EvidenceBanner({ search }: { search: CommitmentsSearch }) {
  const evidence = isEvidence(search);
  if (!evidence && !search.memberId && !search.personId && !search.organizationId) return null;
  return (
    <section className="evidence-banner" aria-labelledby="evidence-title">
      <h2 id="evidence-title">
        {evidence ? <What search={search} /> : 'Commitments'}
        <Scope search={search} />
      </h2>
      <p className="evidence-links">
        {evidence ? (
          <Link to="/reliability" search={{ window: search.window, memberId: search.memberId, personId: search.personId, organizationId: search.organizationId }}>
            ← Back to reliability
          </Link>
        ) : null}
        <Link to="/commitments" search={{}} activeOptions={{ exact: true }}>
          Show all commitments
        </Link>
      </p>
    </section>
  );
}
