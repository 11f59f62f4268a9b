/** Incidents: open ones first (the longest waiting first, each with its next step), then resolved ones. */
import { Link } from '@tanstack/react-router';
import { useIncidents, type IncidentFilters } from '../../api/incidents.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import '../../styles/incidents.css';
import { Tabs } from '../commitments/Tabs.tsx';
import { clientOf, nextStepLabels, responseText } from './incident-words.ts';

export type IncidentsSearch = Omit<IncidentFilters, 'limit'>;

const tabs = [
  { value: 'all', label: 'All' },
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
] as const;

export function IncidentsPage({ search }: { search: IncidentsSearch }) {
  const status = search.status ?? 'all';
  const list = useIncidents({ ...search, status });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const reportLink = (
    <Link to="/incidents/new" search={{ personId: search.personId, organizationId: search.organizationId, needId: search.needId }} className="button button-primary">
      Report an incident
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Incidents"
        lead={<p>When something goes wrong for a client, over-respond: acknowledge at once, explain, prevent it happening again, check the fix held.</p>}
        actions={reportLink}
      />
      <div className="filter-bar">
        <Tabs label="Which incidents">
          {tabs.map((t) => (
            <li key={t.value}>
              <Link to="/incidents" search={{ ...search, status: t.value === 'all' ? undefined : t.value }} activeOptions={{ exact: true }} aria-current={status === t.value ? 'page' : undefined}>
                {t.label}
              </Link>
            </li>
          ))}
        </Tabs>
      </div>
      {list.isPending ? (
        <Loading label="Loading incidents…" />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={status === 'resolved' ? 'No resolved incidents' : 'No open incidents'} actions={reportLink}>
          <p>When a client tells you something went wrong, report it here first: the clock for acknowledging it starts when it was reported.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="incident-list">
            {items.map((i) => {
              const client = clientOf(i);
              return (
                <li key={i.id} className={`incident-item incident-${i.status}`}>
                  <Link to="/incidents/$incidentId" params={{ incidentId: i.id }} className="incident-title">
                    {i.title}
                  </Link>
                  <p className="incident-meta">
                    {client ? <span>{client}</span> : null}
                    <span>Reported {formatDateTime(i.reportedAt)}</span>
                    <span className={i.minutesToAcknowledge === null ? 'ack-badge ack-badge-waiting' : 'ack-badge'}>{responseText(i)}</span>
                    {i.nextStep ? <span className="next-step">Next: {nextStepLabels[i.nextStep]}</span> : null}
                  </p>
                </li>
              );
            })}
          </ul>
          <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
        </>
      )}
    </>
  );
}
