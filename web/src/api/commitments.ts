/**
 * Commitments both ways: lists (filtered as the reliability figures link to them), one commitment, and
 * every change. A change refreshes the lists, the reliability figures, incidents (a prevention is a
 * commitment) and Today.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { paths } from './schema';
import type { Body, Ok } from './types.ts';

export type Commitment = Ok<'/api/v1/commitments/{id}', 'get'>;
export type CommitmentInput = Body<'/api/v1/commitments', 'post'>;
export type CommitmentPatch = Body<'/api/v1/commitments/{id}', 'patch'>;
export type CommitmentFilters = Omit<NonNullable<paths['/api/v1/commitments']['get']['parameters']['query']>, 'cursor'>;
export type Standing = Commitment['standing'];
export type ResolvedStanding = NonNullable<CommitmentFilters['standing']>;

/** What can be done to an open commitment, and what each action sends. */
export type CommitmentAction =
  | { action: 'keep'; body: Body<'/api/v1/commitments/{id}/keep', 'post'> }
  | { action: 'renegotiate'; body: Body<'/api/v1/commitments/{id}/renegotiate', 'post'> }
  | { action: 'break'; body: Body<'/api/v1/commitments/{id}/break', 'post'> };

export const commitmentKeys = {
  all: ['commitments'] as const,
  list: (filters: CommitmentFilters) => ['commitments', 'list', filters] as const,
  one: (id: string) => ['commitments', 'one', id] as const,
};

export function useCommitments(filters: CommitmentFilters) {
  return useInfiniteQuery({
    queryKey: commitmentKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/commitments', { params: { query: { limit: 30, ...filters, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCommitment(id: string) {
  return useQuery({
    queryKey: commitmentKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/commitments/{id}', { params: { path: { id } }, signal })),
  });
}

/** Everything a commitment shows up in. */
function refreshAfterChange(queryClient: QueryClient, changed: Commitment) {
  queryClient.setQueryData(commitmentKeys.one(changed.id), changed);
  void queryClient.invalidateQueries({ queryKey: ['commitments', 'list'] });
  void queryClient.invalidateQueries({ queryKey: ['reliability'] });
  void queryClient.invalidateQueries({ queryKey: ['incidents'] });
  void queryClient.invalidateQueries({ queryKey: ['today'] });
}

export function useCreateCommitment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommitmentInput) => unwrap(api.POST('/api/v1/commitments', { body })),
    onSuccess: (c) => refreshAfterChange(queryClient, c),
  });
}

export function useUpdateCommitment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommitmentPatch) => unwrap(api.PATCH('/api/v1/commitments/{id}', { params: { path: { id } }, body })),
    onSuccess: (c) => refreshAfterChange(queryClient, c),
  });
}

/** Keep, renegotiate or break one open commitment. */
export function useCommitmentAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (a: CommitmentAction) => {
      const params = { path: { id } };
      switch (a.action) {
        case 'keep':
          return unwrap(api.POST('/api/v1/commitments/{id}/keep', { params, body: a.body }));
        case 'renegotiate':
          return unwrap(api.POST('/api/v1/commitments/{id}/renegotiate', { params, body: a.body }));
        case 'break':
          return unwrap(api.POST('/api/v1/commitments/{id}/break', { params, body: a.body }));
      }
    },
    onSuccess: (c) => refreshAfterChange(queryClient, c),
    // Refused because someone else resolved it meanwhile: show what it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: commitmentKeys.all }),
  });
}
