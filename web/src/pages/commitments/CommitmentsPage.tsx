/**
 * Commitments both ways: tabs for whose promises and which state, or — opened from a reliability
 * figure — exactly the commitments that figure counted, with a banner saying so.
 */
import { Link } from '@tanstack/react-router';
import { useCommitments } from '../../api/commitments.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import '../../styles/commitments.css';
import { CommitmentList } from './CommitmentList.tsx';
import { filtersOf, isEvidence, type CommitmentsSearch, type StatusTab } from './commitments-search.ts';
import { todayLocal } from '../../lib/days.ts';
import { EvidenceBanner } from './EvidenceBanner.tsx';
import { Tabs } from './Tabs.tsx';

const sides = [
  { value: undefined, label: 'Both' },
  { value: 'us', label: 'We promised' },
  { value: 'client', label: 'They promised' },
] as const;

const statuses: { value: StatusTab; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'kept', label: 'Kept' },
  { value: 'broken', label: 'Broken' },
  { value: 'all', label: 'All' },
];

const emptyTexts: Record<StatusTab, string> = {
  open: 'Nothing open here. When you or a client promise something specific, record it with its date.',
  kept: 'No kept commitments here yet.',
  broken: 'No broken commitments here.',
  all: 'No commitments here yet. Record what you promise your clients, and what they promise you.',
};

export function CommitmentsPage({ search }: { search: CommitmentsSearch }) {
  const today = todayLocal();
  const list = useCommitments(filtersOf(search));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const evidence = isEvidence(search);
  const status = search.status ?? 'open';
  const newLink = (
    <Link to="/commitments/new" search={{ personId: search.personId, organizationId: search.organizationId, needId: search.needId }} className="button button-primary">
      Record a commitment
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Commitments"
        lead={<p>Promises both ways: what we promised our clients, and what they promised us.</p>}
        actions={
          <>
            {newLink}
            <Link to="/reliability" className="button">
              Reliability
            </Link>
          </>
        }
      />
      <EvidenceBanner search={search} />
      {evidence ? null : (
        <div className="filter-bar">
          <Tabs label="Whose promises">
            {sides.map((s) => (
              <li key={s.label}>
                <Link to="/commitments" search={{ ...search, side: s.value }} activeOptions={{ exact: true }} aria-current={search.side === s.value ? 'page' : undefined}>
                  {s.label}
                </Link>
              </li>
            ))}
          </Tabs>
          <Tabs label="State">
            {statuses.map((s) => (
              <li key={s.value}>
                <Link to="/commitments" search={{ ...search, status: s.value === 'open' ? undefined : s.value }} activeOptions={{ exact: true }} aria-current={status === s.value ? 'page' : undefined}>
                  {s.label}
                </Link>
              </li>
            ))}
          </Tabs>
        </div>
      )}
      <p className="list-status" role="status" aria-live="polite">
        {list.isPending ? '' : `${items.length}${list.hasNextPage ? '+' : ''} ${items.length === 1 ? 'commitment' : 'commitments'}${status === 'open' && !evidence ? ', soonest due first' : ''}.`}
      </p>
      {list.isPending ? (
        <Loading label="Loading commitments…" />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={evidence ? 'None counted here' : 'No commitments here'} actions={evidence ? null : newLink}>
          <p>{evidence ? 'The figure you followed counts no commitments.' : emptyTexts[status]}</p>
        </EmptyState>
      ) : (
        <>
          <CommitmentList items={items} today={today} busy={list.isFetching && !list.isFetchingNextPage} />
          <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
        </>
      )}
    </>
  );
}
