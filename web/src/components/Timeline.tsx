/**
 * A person's or organisation's lifelong timeline, newest first, a page at a time: conversations, and what
 * the person did on the pages shared with them (client acts, in a card of their own). Kinds of event this
 * app does not know yet are skipped.
 */
import type { ReactNode } from 'react';
import { useTimeline } from '../api/conversations.ts';
import { ClientActItem } from '../pages/client-acts/ClientActItem.tsx';
import { ConversationCard } from './ConversationCard.tsx';
import { EmptyState, LoadError, LoadMore, Loading } from './Status.tsx';

interface Props {
  kind: 'person' | 'organization';
  id: string;
  emptyActions?: ReactNode;
  emptyText: string;
}

export function Timeline({ kind, id, emptyActions, emptyText }: Props) {
  const timeline = useTimeline(kind, id);
  if (timeline.isPending) return <Loading label="Loading the timeline…" />;
  if (timeline.isError) return <LoadError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const items = timeline.data.pages
    .flatMap((p) => p.items)
    .filter((i) => i.type === 'conversation' || i.type === 'client_act');
  if (items.length === 0) {
    return (
      <EmptyState title="No conversations yet" actions={emptyActions}>
        <p>{emptyText}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ol className="timeline">
        {items.map((item) =>
          item.type === 'client_act' ? (
            <li key={`act-${item.id}`}>
              <ClientActItem act={item} context={kind === 'person' ? 'person' : 'list'} />
            </li>
          ) : (
            <li key={item.id}>
              <ConversationCard conversation={item} hidePersonId={kind === 'person' ? id : undefined} />
            </li>
          ),
        )}
      </ol>
      <LoadMore
        hasMore={timeline.hasNextPage}
        loading={timeline.isFetchingNextPage}
        onLoadMore={() => void timeline.fetchNextPage()}
      />
    </>
  );
}
