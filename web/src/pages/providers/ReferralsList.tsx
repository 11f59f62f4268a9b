/** Referrals as rows: who was referred to (or by) whom, why (the link to the referral), when; out ones marked as help given. */
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useReferrals, type Referral, type ReferralFilter } from '../../api/referrals.ts';
import { LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import { formatDay } from '../../lib/days.ts';
import { ClientName, OtherParty } from './ReferralParties.tsx';

function ReferralRow({ r }: { r: Referral }) {
  const line: ReactNode =
    r.direction === 'out' ? (
      <>
        <ClientName r={r} /> → <OtherParty r={r} />
      </>
    ) : (
      <>
        <OtherParty r={r} /> → <ClientName r={r} />
      </>
    );
  return (
    <div className="referral-row">
      <p className="referral-line">
        <strong>{line}</strong>
        {r.helpGiven ? <span className="badge badge-help">Help given</span> : null}
      </p>
      <p className="referral-reason">
        <Link to="/referrals/$referralId" params={{ referralId: r.id }}>
          {r.reason}
        </Link>
      </p>
      <p className="card-meta">
        {formatDay(r.referredOn)}
        {r.need && (r.person || r.organization) ? ` · ${r.need.title}` : ''}
        {r.conversationId ? (
          <>
            {' · '}
            <Link to="/conversations/$conversationId" params={{ conversationId: r.conversationId }}>
              the conversation
            </Link>
          </>
        ) : null}
      </p>
    </div>
  );
}

export function ReferralsList({ filter, emptyText }: { filter: ReferralFilter; emptyText: string }) {
  const referrals = useReferrals(filter);
  if (referrals.isPending) return <Loading label="Loading referrals…" />;
  if (referrals.isError) return <LoadError error={referrals.error} onRetry={() => void referrals.refetch()} />;
  const items = referrals.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p className="muted empty-line">{emptyText}</p>;
  return (
    <>
      <ul className="record-list">
        {items.map((r) => (
          <li key={r.id}>
            <ReferralRow r={r} />
          </li>
        ))}
      </ul>
      <LoadMore hasMore={referrals.hasNextPage} loading={referrals.isFetchingNextPage} onLoadMore={() => void referrals.fetchNextPage()} />
    </>
  );
}
