/**
 * Email (decision 023): whether this server sends email and your daily digest setting, sending an email to
 * a client (logged as an email conversation; it may complete a follow-up), the follow-up an email brings, and
 * the email a conversation logs.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { refreshFollowUps } from './follow-ups.ts';
import type { Body } from './types.ts';

export type SendEmailInput = Body<'/api/v1/emails', 'post'>;

const settingsKey = ['email-settings'] as const;

export function useEmailSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/email-settings', { signal })), staleTime: 60_000 });
}

export function useUpdateEmailSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { digestEnabled: boolean }) => unwrap(api.PUT('/api/v1/me/email-settings', { body })),
    onSuccess: (settings) => queryClient.setQueryData(settingsKey, settings),
  });
}

/** The follow-up an email brings (to say so on the form); disabled without an id. */
export function useFollowUpToBring(id: string | undefined) {
  return useQuery({
    queryKey: ['follow-ups', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/follow-ups/{id}', { params: { path: { id: id! } }, signal })),
    enabled: Boolean(id),
  });
}

/** The email(s) sent from Yellowpad that a conversation logs; an empty list for other conversations. */
export function useSentEmails(conversationId: string) {
  return useQuery({
    queryKey: ['conversations', 'sent-emails', conversationId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/conversations/{id}/sent-emails', { params: { path: { id: conversationId } }, signal })),
  });
}

/** Sends the email; the new conversation shows in feeds, timelines and Today, and the follow-up may be done. */
export function useSendEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendEmailInput) => unwrap(api.POST('/api/v1/emails', { body })),
    onSuccess: () => {
      refreshFollowUps(queryClient);
      void queryClient.invalidateQueries({ queryKey: ['conversations'] });
      void queryClient.invalidateQueries({ queryKey: ['people', 'one'] });
    },
  });
}
