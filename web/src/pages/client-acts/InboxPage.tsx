/**
 * The inbox: what clients did on the pages you shared with them, newest first, the unread ones
 * highlighted. Following an item's link marks it read; "Mark all read" clears the navigation's badge.
 */
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { messageOf } from '../../api/errors.ts';
import { useMarkRead, useNotifications, useUnreadCount, type InboxNotification } from '../../api/notifications.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import { plural } from '../../lib/days.ts';
import { Tabs } from '../commitments/Tabs.tsx';
import { ClientActItem } from './ClientActItem.tsx';
import '../../styles/client-acts.css';

export function InboxPage({ unreadOnly }: { unreadOnly: boolean }) {
  const list = useNotifications(unreadOnly);
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const [said, setSaid] = useState('');
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  const markOne = (item: InboxNotification) => {
    if (item.readAt === null) markRead.mutate({ ids: [item.id] });
  };
  const markAll = () => {
    setSaid('');
    markRead.mutate(
      { all: true },
      {
        onSuccess: () => {
          setSaid('Everything is marked read.');
          document.querySelector<HTMLElement>('main h1')?.focus();
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title="Inbox"
        lead={<p>What your clients did on the pages you shared with them — newest first.</p>}
        actions={
          unread > 0 ? (
            <button type="button" className="button" onClick={markAll} disabled={markRead.isPending}>
              {markRead.isPending && markRead.variables && 'all' in markRead.variables ? 'Marking…' : 'Mark all read'}
            </button>
          ) : null
        }
      />
      <div className="filter-bar">
        <Tabs label="Which notifications">
          <li>
            <Link to="/inbox" search={{}} activeOptions={{ exact: true, includeSearch: true }} aria-current={unreadOnly ? undefined : 'page'}>
              All
            </Link>
          </li>
          <li>
            <Link to="/inbox" search={{ show: 'unread' }} activeOptions={{ exact: true, includeSearch: true }} aria-current={unreadOnly ? 'page' : undefined}>
              Unread{unread > 0 ? ` (${unread})` : ''}
            </Link>
          </li>
        </Tabs>
      </div>
      {markRead.isError ? (
        <div className="notice notice-error" role="alert">
          <p>{messageOf(markRead.error)}</p>
        </div>
      ) : null}
      <p className="list-status" role="status" aria-live="polite">
        {said || (list.isPending ? '' : unread > 0 ? `${plural(unread, 'unread notification')}.` : 'All read.')}
      </p>
      {list.isPending ? (
        <Loading label="Loading your inbox…" />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        unreadOnly ? (
          <EmptyState
            title="You’re all caught up"
            actions={
              <Link to="/inbox" search={{}} className="button">
                See everything
              </Link>
            }
          >
            <p>Everything your clients did has been read.</p>
          </EmptyState>
        ) : (
          <EmptyState title="Nothing yet">
            <p>
              When a client confirms the problem, ticks off a step, comments, answers “what I heard” or checks in on a page you
              shared with them, it shows here.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          <ol className="client-act-list inbox-list">
            {items.map((item) => {
              const isUnread = item.readAt === null;
              return (
                <li key={item.id}>
                  <ClientActItem
                    act={item}
                    context="list"
                    unread={isUnread}
                    onOpen={() => markOne(item)}
                    actions={
                      isUnread
                        ? (sentenceId) => (
                            <button
                              type="button"
                              className="button-link"
                              aria-describedby={sentenceId}
                              onClick={(e) => {
                                // The button goes once the item is read: keep the keyboard's place on the item.
                                e.currentTarget.closest('article')?.focus();
                                markOne(item);
                              }}
                            >
                              Mark read
                            </button>
                          )
                        : undefined
                    }
                  />
                </li>
              );
            })}
          </ol>
          <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
        </>
      )}
    </>
  );
}
