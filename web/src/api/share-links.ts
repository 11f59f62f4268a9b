/**
 * The professional's side of sharing (decision 024): a need's or a conversation's share links — make one,
 * revoke it, change when it stops working, give it a new address, email it — and the client's "not quite"
 * suggestions on a need's problem statement, to adopt as a new version or set aside. A link's address is in
 * the answer that makes it and nowhere else, so the pages show it once.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { clientActKeys } from './client-acts.ts';
import { api, unwrap } from './client.ts';
import { isApiError } from './errors.ts';
import { needKeys } from './needs.ts';
import { notificationKeys } from './notifications.ts';
import type { Body, Ok } from './types.ts';

export type ShareLink = Ok<'/api/v1/share-links', 'get'>['items'][number];
/** A link just made or re-addressed: its one-time `url`, and the link as it now stands. */
export type ShareAddress = Ok<'/api/v1/share-links', 'post'>;
export type CreateShareLinkInput = Body<'/api/v1/share-links', 'post'>;
export type ShareEmailInput = Body<'/api/v1/share-links/{id}/email', 'post'>;
export type ShareLinkPatch = Body<'/api/v1/share-links/{id}', 'patch'>;
export type Suggestion = Ok<'/api/v1/needs/{id}/suggestions', 'get'>['items'][number];

/** Whose links a list shows: a need's (its plan) or a conversation's (its recap). */
export type ShareScope = { needId: string } | { conversationId: string };

export const shareLinkKeys = {
  all: ['share-links'] as const,
  list: (scope: ShareScope) => ['share-links', 'list', scope] as const,
};

/** Under the need's keys, so whatever refreshes a need (a new statement, an outcome) refreshes these too. */
export const suggestionKeys = {
  need: (needId: string) => ['needs', 'suggestions', needId] as const,
};

export function useShareLinks(scope: ShareScope) {
  return useQuery({
    queryKey: shareLinkKeys.list(scope),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/share-links', { params: { query: scope }, signal })),
  });
}

/** Every list of links may show the one that changed (a need's, a conversation's, a person's). */
const refreshLinks = (queryClient: QueryClient) => void queryClient.invalidateQueries({ queryKey: shareLinkKeys.all });

/** A change to links whose success (or a refusal because the link moved on) refreshes the lists. */
function useLinkMutation<V, R>(call: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => refreshLinks(queryClient),
    // share_link_exists points at the live link, share_link_revoked at a link revoked meanwhile: show them.
    // A version_conflict is left alone: its ConflictNotice offers the reload.
    onError: (error) => {
      if (isApiError(error) && error.status === 409 && error.code !== 'version_conflict') refreshLinks(queryClient);
    },
  });
}

const linkPath = (id: string) => ({ params: { path: { id } } });

export const useCreateShareLink = () => useLinkMutation((body: CreateShareLinkInput) => unwrap(api.POST('/api/v1/share-links', { body })));

export const useRevokeShareLink = () => useLinkMutation((id: string) => unwrap(api.POST('/api/v1/share-links/{id}/revoke', linkPath(id))));

export const useChangeShareExpiry = () =>
  useLinkMutation(({ id, ...body }: ShareLinkPatch & { id: string }) => unwrap(api.PATCH('/api/v1/share-links/{id}', { ...linkPath(id), body })));

export const useNewShareAddress = () => useLinkMutation((id: string) => unwrap(api.POST('/api/v1/share-links/{id}/new-address', linkPath(id))));

export const useEmailShareLink = () =>
  useLinkMutation(({ id, ...body }: ShareEmailInput & { id: string }) => unwrap(api.POST('/api/v1/share-links/{id}/email', { ...linkPath(id), body })));

/** The client's suggestions on a need's problem statement, oldest first. */
export function useSuggestions(needId: string) {
  return useQuery({
    queryKey: suggestionKeys.need(needId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/needs/{id}/suggestions', { params: { path: { id: needId } }, signal })),
  });
}

/**
 * After a suggestion is resolved: the need, its statements and its suggestions (all under needKeys.all),
 * Today, and wherever the suggestion's state shows (the need's client activity, the inbox).
 */
function refreshAfterSuggestion(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: needKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['today'] });
  void queryClient.invalidateQueries({ queryKey: clientActKeys.all });
  void queryClient.invalidateQueries({ queryKey: notificationKeys.lists });
}

function useSuggestionMutation<R>(needId: string, call: (suggestionId: string) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => refreshAfterSuggestion(queryClient),
    // Resolved by a colleague meanwhile, or the need was closed: show how it stands now.
    onError: (error) => {
      if (isApiError(error) && error.status === 409) refreshAfterSuggestion(queryClient);
    },
  });
}

const suggestionPath = (needId: string, suggestionId: string) => ({ params: { path: { id: needId, suggestionId } } });

/** Their words become the next working version; answers with that version. */
export const useAdoptSuggestion = (needId: string) =>
  useSuggestionMutation(needId, (suggestionId) => unwrap(api.POST('/api/v1/needs/{id}/suggestions/{suggestionId}/adopt', suggestionPath(needId, suggestionId))));

export const useSetSuggestionAside = (needId: string) =>
  useSuggestionMutation(needId, (suggestionId) =>
    unwrap(api.POST('/api/v1/needs/{id}/suggestions/{suggestionId}/set-aside', suggestionPath(needId, suggestionId))),
  );
