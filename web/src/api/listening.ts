/**
 * Listening across calls and before sending: a member's latest calls with their talk share, questions and
 * monologues; and the draft checker ("is this email about them, or about us?"), asked as the draft changes.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Ok } from './types.ts';

export type MemberListening = Ok<'/api/v1/members/{memberId}/listening', 'get'>;
export type ListeningCall = MemberListening['items'][number];
export type DraftCheckResult = Ok<'/api/v1/drafts/check', 'post'>;

export function useMemberListening(memberId: string, limit = 20) {
  return useQuery({
    queryKey: ['listening', 'member', memberId, limit],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/members/{memberId}/listening', { params: { path: { memberId }, query: { limit } }, signal })),
  });
}

/**
 * The check of a draft (already debounced by the caller); the last answer stays shown while the next one
 * is asked, so the panel does not flicker as the user types. Nothing is asked for an empty draft.
 */
export function useDraftCheck(text: string, personId: string | undefined) {
  return useQuery({
    queryKey: ['listening', 'draft', personId ?? null, text],
    queryFn: ({ signal }) => unwrap(api.POST('/api/v1/drafts/check', { body: { text, personId: personId ?? null }, signal })),
    enabled: text.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    gcTime: 60_000,
  });
}
