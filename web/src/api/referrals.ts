/** Referrals out (help given) and in: lists by direction, provider or client, one referral, and the edits. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Body, Ok } from './types.ts';

export type Referral = Ok<'/api/v1/referrals/{id}', 'get'>;
export type ReferralInput = Body<'/api/v1/referrals', 'post'>;
export type ReferralPatch = Body<'/api/v1/referrals/{id}', 'patch'>;
export interface ReferralFilter {
  direction?: Referral['direction'];
  providerId?: string;
  personId?: string;
  organizationId?: string;
  needId?: string;
}

export const referralKeys = {
  list: (filter: ReferralFilter) => ['referrals', 'list', filter] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
};

export function useReferrals(filter: ReferralFilter) {
  return useInfiniteQuery({
    queryKey: referralKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/referrals', { params: { query: { limit: 30, ...filter, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useReferral(id: string) {
  return useQuery({
    queryKey: referralKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/referrals/{id}', { params: { path: { id } }, signal })),
  });
}

/** Referrals show in their lists, in providers' counts, in help given, and in close-out summaries. */
function refreshReferrals(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['referrals', 'list'] });
  void queryClient.invalidateQueries({ queryKey: ['providers'] });
  void queryClient.invalidateQueries({ queryKey: ['help-given'] });
  void queryClient.invalidateQueries({ queryKey: ['close-outs'] });
}

export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralInput) => unwrap(api.POST('/api/v1/referrals', { body })),
    onSuccess: (referral) => {
      queryClient.setQueryData(referralKeys.one(referral.id), referral);
      refreshReferrals(queryClient);
    },
  });
}

export function useUpdateReferral(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralPatch) => unwrap(api.PATCH('/api/v1/referrals/{id}', { params: { path: { id } }, body })),
    onSuccess: (referral) => {
      queryClient.setQueryData(referralKeys.one(id), referral);
      refreshReferrals(queryClient);
    },
  });
}

export function useDeleteReferral(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/referrals/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: referralKeys.one(id) });
      refreshReferrals(queryClient);
    },
  });
}
