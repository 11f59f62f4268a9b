/**
 * The gifts given to a person, organisation or need, and "Record a gift" for them: for the lead to place on
 * those pages. `<GiftsSection personId={…} />`.
 */
import { Link } from '@tanstack/react-router';
import { useGifts } from '../../api/gifts.ts';
import { LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import { GiftList } from './GiftList.tsx';
import '../../styles/helping.css';

export function GiftsSection(ids: { personId?: string; organizationId?: string; needId?: string }) {
  const gifts = useGifts({ ...ids, limit: 10 });
  const items = gifts.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="helping-section" aria-labelledby="gifts-section-title">
      <div className="section-head">
        <h2 id="gifts-section-title">Gifts {items.length ? <span className="count">{items.length}</span> : null}</h2>
        <Link to="/gifts/new" search={ids} className="button button-small">
          Record a gift
        </Link>
      </div>
      {gifts.isPending ? (
        <Loading label="Loading gifts…" />
      ) : gifts.isError ? (
        <LoadError error={gifts.error} onRetry={() => void gifts.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">No gifts yet. Something made for them, before any engagement, shows what working with you is like.</p>
      ) : (
        <>
          <GiftList gifts={items} hideRecipient={Boolean(ids.personId)} />
          <LoadMore hasMore={gifts.hasNextPage} loading={gifts.isFetchingNextPage} onLoadMore={() => void gifts.fetchNextPage()} />
        </>
      )}
    </section>
  );
}
