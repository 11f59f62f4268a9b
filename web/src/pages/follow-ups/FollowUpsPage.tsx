/**
 * The follow-ups page: what is due (Overdue / Today / Upcoming, by this browser's calendar day), and the
 * done and cancelled ones. Mine by default; everyone's on request.
 */
import { Link } from '@tanstack/react-router';
import { useFollowUps, type FollowUp } from '../../api/follow-ups.ts';
import { useSession } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import { todayLocal } from '../../lib/days.ts';
import { FollowUpCard } from './FollowUpCard.tsx';
import { tabProps } from './tabs.ts';
import '../../styles/helping.css';

export type FollowUpsView = 'due' | 'done' | 'cancelled';

const views: { view: FollowUpsView; label: string }[] = [
  { view: 'due', label: 'Due' },
  { view: 'done', label: 'Done' },
  { view: 'cancelled', label: 'Cancelled' },
];

function groupByDue(items: FollowUp[], today: string) {
  return [
    { key: 'overdue', title: 'Overdue', items: items.filter((f) => f.dueOn < today) },
    { key: 'today', title: 'Today', items: items.filter((f) => f.dueOn === today) },
    { key: 'upcoming', title: 'Upcoming', items: items.filter((f) => f.dueOn > today) },
  ].filter((g) => g.items.length > 0);
}

export function FollowUpsPage({ view, everyone }: { view: FollowUpsView; everyone: boolean }) {
  const session = useSession();
  const today = todayLocal();
  const status = view === 'due' ? 'open' : view;
  const list = useFollowUps({ status, memberId: everyone ? undefined : session.member.id });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const who = everyone ? ('everyone' as const) : undefined;
  const search = { view: view === 'due' ? undefined : view };

  return (
    <>
      <PageHeader title="Follow-ups" lead={<p>What you said you would bring each client, and when.</p>} />
      <div className="view-bar">
        <nav aria-label="Follow-ups by status" className="tabs">
          {views.map((v) => (
            <Link key={v.view} to="/follow-ups" search={{ view: v.view === 'due' ? undefined : v.view, who }} {...tabProps}>
              {v.label}
            </Link>
          ))}
        </nav>
        <nav aria-label="Whose follow-ups" className="tabs tabs-quiet">
          <Link to="/follow-ups" search={{ view: search.view, who: undefined }} {...tabProps}>
            Mine
          </Link>
          <Link to="/follow-ups" search={{ view: search.view, who: 'everyone' }} {...tabProps}>
            Everyone’s
          </Link>
        </nav>
      </div>
      {list.isPending ? (
        <Loading label="Loading follow-ups…" />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={view === 'due' ? 'Nothing due' : view === 'done' ? 'Nothing done yet' : 'Nothing cancelled'}>
          <p>
            {view === 'due'
              ? 'Follow-ups are scheduled when you close the loop after a conversation: open one and say what exactly you will bring.'
              : 'Follow-ups you mark done or cancel appear here.'}
          </p>
        </EmptyState>
      ) : view === 'due' ? (
        groupByDue(items, today).map((group) => (
          <section key={group.key} className="due-group" aria-labelledby={`due-${group.key}`}>
            <h2 id={`due-${group.key}`}>
              {group.title} <span className="count">{group.items.length}</span>
            </h2>
            <ul className="follow-up-list">
              {group.items.map((f) => (
                <li key={f.id}>
                  <FollowUpCard followUp={f} today={today} showMember={everyone} />
                </li>
              ))}
            </ul>
          </section>
        ))
      ) : (
        <ul className="follow-up-list">
          {items.map((f) => (
            <li key={f.id}>
              <FollowUpCard followUp={f} today={today} showMember={everyone} />
            </li>
          ))}
        </ul>
      )}
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
    </>
  );
}
