/** The firm's team and invitations. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Body } from './types.ts';

export function useMembers() {
  return useQuery({
    queryKey: ['members'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/members', { signal })),
    staleTime: 60_000,
  });
}

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/invitations', 'post'>) => unwrap(api.POST('/api/v1/invitations', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['members'] }),
  });
}

export function useInvitationLookup(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => unwrap(api.POST('/api/v1/invitations/lookup', { body: { token } })),
    enabled: token.length > 0,
    retry: false,
  });
}

export function useCreateApiToken() {
  return useMutation({
    mutationFn: (body: Body<'/api/v1/tokens', 'post'>) => unwrap(api.POST('/api/v1/tokens', { body })),
  });
}
