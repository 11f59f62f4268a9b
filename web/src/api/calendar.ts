/** The signed-in member's calendar feed: its status, creating (or replacing) the link, revoking it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';

const key = ['calendar-feed'] as const;

export function useCalendarFeed() {
  return useQuery({ queryKey: key, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/calendar-feed', { signal })) });
}

/** Creates the link, or replaces it (the old one stops working); the result's `url` is shown once. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/calendar-feed')),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/me/calendar-feed')),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
}
