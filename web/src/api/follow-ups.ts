/**
 * Follow-ups: the due list (open, soonest first), done and cancelled ones, the actions on each, and edits.
 * Every change refreshes the follow-up lists and Today, which shows the ones due.
 */
import { useInfiniteQuery, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { paths } from './schema';
import type { Body, Ok } from './types.ts';

export type FollowUp = Ok<'/api/v1/follow-ups/{id}', 'get'>;
export type FollowUpInput = Body<'/api/v1/follow-ups', 'post'>;
export type FollowUpPatch = Body<'/api/v1/follow-ups/{id}', 'patch'>;
export type FollowUpFilter = Omit<NonNullable<paths['/api/v1/follow-ups']['get']['parameters']['query']>, 'cursor'>;

export const followUpKeys = {
  all: ['follow-ups'] as const,
  list: (filter: FollowUpFilter) => ['follow-ups', 'list', filter] as const,
};

export function useFollowUps(filter: FollowUpFilter) {
  return useInfiniteQuery({
    queryKey: followUpKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/follow-ups', { params: { query: { limit: 50, ...filter, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Follow-ups show in their lists, on Today, and in close-out summaries. */
export function refreshFollowUps(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: followUpKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['today'] });
  void queryClient.invalidateQueries({ queryKey: ['close-outs'] });
}

export function useCreateFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FollowUpInput) => unwrap(api.POST('/api/v1/follow-ups', { body })),
    onSuccess: () => refreshFollowUps(queryClient),
  });
}

/** Fetches the follow-up lists again, e.g. after a 409 (someone else changed one); resolves once they are back. */
export function useReloadFollowUps() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: followUpKeys.all });
}

/** Rewrites an open follow-up's content or moves its day; a generic content is refused with 422 follow_up_not_specific. */
export function useUpdateFollowUp(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FollowUpPatch) => unwrap(api.PATCH('/api/v1/follow-ups/{id}', { params: { path: { id } }, body })),
    onSuccess: () => refreshFollowUps(queryClient),
  });
}

export type FollowUpAction =
  | { kind: 'done'; id: string; version: number }
  | { kind: 'snooze'; id: string; version: number; dueOn: string }
  | { kind: 'cancel'; id: string; version: number; reason: string };

/** Done, snooze (a later day) or cancel (a reason); each sends the version shown, so a stale screen gets 409. */
export function useFollowUpAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: FollowUpAction) => {
      const params = { path: { id: action.id } };
      if (action.kind === 'done') return unwrap(api.POST('/api/v1/follow-ups/{id}/done', { params, body: { version: action.version } }));
      if (action.kind === 'snooze') {
        return unwrap(api.POST('/api/v1/follow-ups/{id}/snooze', { params, body: { version: action.version, dueOn: action.dueOn } }));
      }
      return unwrap(api.POST('/api/v1/follow-ups/{id}/cancel', { params, body: { version: action.version, reason: action.reason } }));
    },
    onSettled: () => refreshFollowUps(queryClient),
  });
}
