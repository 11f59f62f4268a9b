/**
 * A person's or an organisation's needs in brief, with "New need" prefilled for them. The lead places it
 * on the person and organisation pages: <NeedsSection personId={…} /> or <NeedsSection organizationId={…} />.
 */
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useNeeds } from '../../api/needs.ts';
import { LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import { NeedList } from './NeedList.tsx';
import '../../styles/needs.css';

export function NeedsSection({ personId, organizationId }: { personId?: string; organizationId?: string }) {
  const titleId = useId();
  const needs = useNeeds({ status: 'all', personId, organizationId, limit: 10 });
  const items = needs.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="needs-section" aria-labelledby={titleId}>
      <div className="needs-section-head">
        <h2 id={titleId}>Needs</h2>
        <Link to="/needs/new" search={{ personId, organizationId }} className="button button-small">
          New need
        </Link>
      </div>
      {needs.isPending ? (
        <Loading label="Loading needs…" />
      ) : needs.isError ? (
        <LoadError error={needs.error} onRetry={() => void needs.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">No needs yet. When they say what they want to change, write it down in their words.</p>
      ) : (
        <>
          <NeedList needs={items} />
          <LoadMore hasMore={needs.hasNextPage} loading={needs.isFetchingNextPage} onLoadMore={() => void needs.fetchNextPage()} />
        </>
      )}
    </section>
  );
}
