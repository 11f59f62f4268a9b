/**
 * The inbox: one notification per thing a client did that concerns this member. The unread count is
 * polled (every 30 seconds and when the window regains focus) for the navigation's badge; when it moves,
 * the inbox, the needs' client activity and the timelines are refreshed, since a client did something.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { clientActKeys } from './client-acts.ts';
import { api, unwrap } from './client.ts';
import type { Body, Ok } from './types.ts';

export type NotificationPage = Ok<'/api/v1/notifications', 'get'>;
/** A client act that concerns this member, with when they read it (null: unread). */
export type InboxNotification = NotificationPage['items'][number];
export type UnreadCount = Ok<'/api/v1/notifications/count', 'get'>;
export type MarkReadInput = Body<'/api/v1/notifications/read', 'post'>;

const PAGE_SIZE = 20;
const POLL_MS = 30_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  lists: ['notifications', 'list'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', unreadOnly] as const,
  count: ['notifications', 'count'] as const,
};

/** The inbox, newest first, a page at a time; the first page also brings the unread count up to date. */
export function useNotifications(unreadOnly: boolean) {
  const queryClient = useQueryClient();
  return useInfiniteQuery({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: async ({ pageParam, signal }) => {
      const page = await unwrap(
        api.GET('/api/v1/notifications', {
          params: { query: { unreadOnly: unreadOnly ? 'true' : 'false', limit: PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      );
      if (pageParam === undefined) queryClient.setQueryData<UnreadCount>(notificationKeys.count, { unread: page.unread });
      return page;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * The unread count for the navigation's badge; quiet on failure (no badge rather than an error). When it
 * has grown since the last look, a client did something: what shows their activity is refreshed.
 */
export function useUnreadCount(enabled = true) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: notificationKeys.count,
    queryFn: async ({ signal }) => {
      const before = queryClient.getQueryData<UnreadCount>(notificationKeys.count);
      const count = await unwrap(api.GET('/api/v1/notifications/count', { signal }));
      if (before && count.unread > before.unread) refreshClientActivity(queryClient);
      return count;
    },
    enabled,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
  return query.data?.unread ?? 0;
}

function refreshClientActivity(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: notificationKeys.lists });
  void queryClient.invalidateQueries({ queryKey: clientActKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['conversations', 'timeline'] });
}

/** Sets readAt on the cached inbox items now, so the highlight goes as the member opens one. */
function markCachedRead(queryClient: QueryClient, ids: Set<string> | 'all') {
  const at = new Date().toISOString();
  queryClient.setQueriesData<InfiniteData<NotificationPage>>({ queryKey: notificationKeys.lists }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((item) => (item.readAt === null && (ids === 'all' || ids.has(item.id)) ? { ...item, readAt: at } : item)),
          })),
        }
      : data,
  );
}

/**
 * Marks some notifications read ({ids}) or all of them ({all: true}). The count comes back from the
 * server; the lists are refreshed (marking one read leaves it in place until the list is next shown, so
 * nothing jumps from under the member's pointer).
 */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkReadInput) => unwrap(api.POST('/api/v1/notifications/read', { body })),
    onMutate: (body) => {
      if ('all' in body) return;
      const ids = new Set(body.ids);
      const unreadNow = new Set(
        queryClient
          .getQueriesData<InfiniteData<NotificationPage>>({ queryKey: notificationKeys.lists })
          .flatMap(([, data]) => data?.pages.flatMap((p) => p.items) ?? [])
          .filter((item) => ids.has(item.id) && item.readAt === null)
          .map((item) => item.id),
      ).size;
      markCachedRead(queryClient, ids);
      if (unreadNow > 0) {
        queryClient.setQueryData<UnreadCount>(notificationKeys.count, (c) => (c ? { unread: Math.max(0, c.unread - unreadNow) } : c));
      }
    },
    onSuccess: (count, body) => {
      queryClient.setQueryData<UnreadCount>(notificationKeys.count, count);
      if ('all' in body) {
        markCachedRead(queryClient, 'all');
        void queryClient.invalidateQueries({ queryKey: notificationKeys.lists });
      } else {
        void queryClient.invalidateQueries({ queryKey: notificationKeys.lists, refetchType: 'none' });
      }
    },
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}
