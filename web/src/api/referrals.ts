/** Referrals out (help given) and in: lists by direction, provider or client, and the edits. */
import { useInfiniteQuery, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Body, Ok } from './types.ts';

export type Referral = Ok<'/api/v1/referrals/{id}', 'get'>;
export type ReferralInput = Body<'/api/v1/referrals', 'post'>;
export interface ReferralFilter {
  direction?: Referral['direction'];
  providerId?: string;
  personId?: string;
  organizationId?: string;
  needId?: string;
}

export const referralKeys = { list: (filter: ReferralFilter) => ['referrals', 'list', filter] as const };

export function useReferrals(filter: ReferralFilter) {
  return useInfiniteQuery({
    queryKey: referralKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/referrals', { params: { query: { limit: 30, ...filter, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Referrals show in their lists, in providers' counts, and in close-out summaries. */
function refreshReferrals(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['referrals'] });
  void queryClient.invalidateQueries({ queryKey: ['providers'] });
  void queryClient.invalidateQueries({ queryKey: ['close-outs'] });
}

export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralInput) => unwrap(api.POST('/api/v1/referrals', { body })),
    onSuccess: () => refreshReferrals(queryClient),
  });
}
