/**
 * "What the client did" on a need's page: everything its client people did on the shared plan — confirmed,
 * suggested a change, ticked a step, commented — newest first, a page at a time.
 */
import { useNeedClientActs } from '../../api/client-acts.ts';
import { LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import { ClientActItem } from './ClientActItem.tsx';
import '../../styles/client-acts.css';

export function NeedClientActivity({ needId }: { needId: string }) {
  const acts = useNeedClientActs(needId);
  const items = acts.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="need-section client-activity" aria-labelledby="client-activity-title">
      <h2 id="client-activity-title">What the client did</h2>
      {acts.isPending ? (
        <Loading label="Loading what the client did…" />
      ) : acts.isError ? (
        <LoadError error={acts.error} onRetry={() => void acts.refetch()} />
      ) : items.length === 0 ? (
        <p className="client-activity-empty muted">Nothing yet — share the plan with the client and what they do shows here.</p>
      ) : (
        <>
          <ol className="client-act-list">
            {items.map((act) => (
              <li key={act.id}>
                <ClientActItem act={act} context="need" />
              </li>
            ))}
          </ol>
          <LoadMore
            hasMore={acts.hasNextPage}
            loading={acts.isFetchingNextPage}
            onLoadMore={() => void acts.fetchNextPage()}
            label="Show more"
          />
        </>
      )}
    </section>
  );
}
