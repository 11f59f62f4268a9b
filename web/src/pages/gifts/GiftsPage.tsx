/** Every gift the firm gave, newest first, optionally by the client's response. */
import { Link, useNavigate } from '@tanstack/react-router';
import { useGifts } from '../../api/gifts.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import { giftResponseLabels, giftResponses, type GiftResponse } from './gift-vocabulary.ts';
import { GiftList } from './GiftList.tsx';
import '../../styles/helping.css';

export function GiftsPage({ response }: { response?: GiftResponse }) {
  const navigate = useNavigate();
  const gifts = useGifts({ response });
  const items = gifts.data?.pages.flatMap((p) => p.items) ?? [];
  const recordLink = (
    <Link to="/gifts/new" className="button button-primary">
      Record a gift
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Gifts"
        lead={<p>Something specific you gave a client before any engagement, the risk you took, and how they responded.</p>}
        actions={recordLink}
      />
      <div className="field filter-field">
        <label htmlFor="gifts-response">Their response</label>
        <select
          id="gifts-response"
          value={response ?? ''}
          onChange={(e) => void navigate({ to: '/gifts', search: e.target.value ? { response: e.target.value as GiftResponse } : {}, replace: true })}
        >
          <option value="">Any response</option>
          {giftResponses.map((r) => (
            <option key={r} value={r}>
              {giftResponseLabels[r]}
            </option>
          ))}
        </select>
      </div>
      {gifts.isPending ? (
        <Loading label="Loading gifts…" />
      ) : gifts.isError ? (
        <LoadError error={gifts.error} onRetry={() => void gifts.refetch()} />
      ) : items.length === 0 ? (
        response ? (
          <EmptyState title={`No gifts “${giftResponseLabels[response].toLowerCase()}”`}>
            <p>Choose another response, or any response.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No gifts yet" actions={recordLink}>
            <p>
              A gift is something made for one client: an insight on their numbers, a tool, a sample of the work on their own data.
              Record one and, later, how they responded.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          <GiftList gifts={items} />
          <LoadMore hasMore={gifts.hasNextPage} loading={gifts.isFetchingNextPage} onLoadMore={() => void gifts.fetchNextPage()} />
        </>
      )}
    </>
  );
}
