/** A conversation's close-out: read it, or record it (which also creates a referral and a follow-up). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { refreshFollowUps } from './follow-ups.ts';
import type { Body, Ok } from './types.ts';

export type CloseOut = NonNullable<Ok<'/api/v1/conversations/{id}/close-out', 'get'>['closeOut']>;
export type CloseOutInput = Body<'/api/v1/conversations/{id}/close-out', 'post'>;

export const closeOutKeys = { one: (conversationId: string) => ['close-outs', conversationId] as const };

export function useCloseOut(conversationId: string) {
  return useQuery({
    queryKey: closeOutKeys.one(conversationId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/conversations/{id}/close-out', { params: { path: { id: conversationId } }, signal })),
  });
}

export function useCloseOutConversation(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CloseOutInput) => unwrap(api.POST('/api/v1/conversations/{id}/close-out', { params: { path: { id: conversationId } }, body })),
    onSuccess: (closeOut) => {
      queryClient.setQueryData(closeOutKeys.one(conversationId), { closeOut });
      // The referral (and the provider's count), the follow-up, and Today's open loops all changed.
      refreshFollowUps(queryClient);
      void queryClient.invalidateQueries({ queryKey: ['referrals'] });
      void queryClient.invalidateQueries({ queryKey: ['providers'] });
    },
  });
}
