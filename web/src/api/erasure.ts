/** Erasing a person on request (owners only): the preview, the erasure, and the firm's audit trail. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { peopleKeys } from './people.ts';
import type { Body, Ok } from './types.ts';

export type ErasurePreview = Ok<'/api/v1/people/{id}/erasure-preview', 'get'>;
export type ErasureResult = Ok<'/api/v1/people/{id}/erasure', 'post'>;
export type ErasureInput = Body<'/api/v1/people/{id}/erasure', 'post'>;
export type ReviewItem = ErasurePreview['review'][number];
export type Unlinked = ErasurePreview['unlinked'];

export const erasureKeys = {
  preview: (id: string) => ['erasure', 'preview', id] as const,
  audit: ['audit'] as const,
};

/** What erasing the person would unlink, and the records that name them; fetched afresh each visit. */
export function useErasurePreview(personId: string, enabled = true) {
  return useQuery({
    queryKey: erasureKeys.preview(personId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/people/{id}/erasure-preview', { params: { path: { id: personId } }, signal })),
    enabled,
    staleTime: 0,
    retry: false,
  });
}

/** Erases the person; afterwards every view that could show them is refreshed. */
export function useErasePerson(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ErasureInput) => unwrap(api.POST('/api/v1/people/{id}/erasure', { params: { path: { id: personId } }, body })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: peopleKeys.one(personId) });
      queryClient.removeQueries({ queryKey: erasureKeys.preview(personId) });
      // The person's links are gone from conversations, needs, promises, gifts, referrals and Today.
      for (const key of ['people', 'organizations', 'conversations', 'needs', 'commitments', 'follow-ups', 'gifts', 'referrals', 'incidents', 'today']) {
        void queryClient.invalidateQueries({ queryKey: [key] });
      }
      void queryClient.invalidateQueries({ queryKey: erasureKeys.audit });
    },
  });
}

/** The firm's latest audit entries (owners only). */
export function useAuditEntries(limit = 50, enabled = true) {
  return useQuery({
    queryKey: [...erasureKeys.audit, limit],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/audit', { params: { query: { limit } }, signal })),
    enabled,
  });
}
