/** Conversations, and the timelines of people and organisations (newest first, paged by cursor). */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { ConversationInput, ConversationPatch } from './types.ts';

const PAGE_SIZE = 20;

export const conversationKeys = {
  recent: (limit: number) => ['conversations', 'recent', limit] as const,
  one: (id: string) => ['conversations', 'one', id] as const,
  timeline: (kind: 'person' | 'organization', id: string) => ['conversations', 'timeline', kind, id] as const,
};

export function useRecentConversations(limit = 10) {
  return useQuery({
    queryKey: conversationKeys.recent(limit),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/conversations', { params: { query: { limit } }, signal })),
  });
}

export function useConversation(id: string) {
  return useQuery({
    queryKey: conversationKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/conversations/{id}', { params: { path: { id } }, signal })),
  });
}

export function useTimeline(kind: 'person' | 'organization', id: string) {
  return useInfiniteQuery({
    queryKey: conversationKeys.timeline(kind, id),
    queryFn: ({ pageParam, signal }) => {
      const params = { path: { id }, query: { limit: PAGE_SIZE, cursor: pageParam } };
      return kind === 'person'
        ? unwrap(api.GET('/api/v1/people/{id}/timeline', { params, signal }))
        : unwrap(api.GET('/api/v1/organizations/{id}/timeline', { params, signal }));
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * Conversations appear in feeds and timelines, and they change Today (open loops, losing touch) and a
 * person's last conversation: refresh them all after a change.
 */
function refreshFeeds(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['conversations', 'recent'] });
  void queryClient.invalidateQueries({ queryKey: ['conversations', 'timeline'] });
  void queryClient.invalidateQueries({ queryKey: ['today'] });
  void queryClient.invalidateQueries({ queryKey: ['people', 'one'] });
}

export function useCreateConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConversationInput) => unwrap(api.POST('/api/v1/conversations', { body })),
    onSuccess: (conversation) => {
      queryClient.setQueryData(conversationKeys.one(conversation.id), conversation);
      refreshFeeds(queryClient);
    },
  });
}

export function useUpdateConversation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConversationPatch) => unwrap(api.PATCH('/api/v1/conversations/{id}', { params: { path: { id } }, body })),
    onSuccess: (conversation) => {
      queryClient.setQueryData(conversationKeys.one(id), conversation);
      refreshFeeds(queryClient);
    },
  });
}

export function useDeleteConversation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/conversations/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: conversationKeys.one(id) });
      refreshFeeds(queryClient);
    },
  });
}
