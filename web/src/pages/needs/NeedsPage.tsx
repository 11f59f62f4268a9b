/** Every need of the firm, open or closed, newest first: where each stands and whether the client confirmed it. */
import { Link } from '@tanstack/react-router';
import { useNeeds } from '../../api/needs.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import { NeedList } from './NeedList.tsx';
import '../../styles/needs.css';

export type NeedsTab = 'open' | 'closed';

const newNeedLink = (
  <Link to="/needs/new" className="button button-primary">
    New need
  </Link>
);

export function NeedsPage({ tab }: { tab: NeedsTab }) {
  const needs = useNeeds({ status: tab });
  const items = needs.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title="Needs" lead={<p>What clients want to change, in their words — and where each decision stands.</p>} actions={newNeedLink} />
      <nav className="need-tabs" aria-label="Open or closed needs">
        {/* The router marks the current tab with aria-current="page" (an exact match, search included). */}
        <Link to="/needs" className="need-tab" activeOptions={{ exact: true }}>
          Open
        </Link>
        <Link to="/needs" search={{ status: 'closed' }} className="need-tab" activeOptions={{ exact: true }}>
          Closed
        </Link>
      </nav>
      {needs.isPending ? (
        <Loading label="Loading needs…" />
      ) : needs.isError ? (
        <LoadError error={needs.error} onRetry={() => void needs.refetch()} />
      ) : items.length === 0 ? (
        tab === 'open' ? (
          <EmptyState title="No open needs" actions={newNeedLink}>
            <p>When a client tells you what they want to change, write it down here — as they first put it, in their words.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No closed needs yet">
            <p>When a need ends, record its honest outcome on its page; it will be listed here.</p>
          </EmptyState>
        )
      ) : (
        <>
          <NeedList needs={items} />
          <LoadMore hasMore={needs.hasNextPage} loading={needs.isFetchingNextPage} onLoadMore={() => void needs.fetchNextPage()} />
        </>
      )}
    </>
  );
}
