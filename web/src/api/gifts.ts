/** Gifts: lists (for a person, organisation or need), one gift, and the edits including the client's response. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Body, Ok } from './types.ts';

export type Gift = Ok<'/api/v1/gifts/{id}', 'get'>;
export type GiftInput = Body<'/api/v1/gifts', 'post'>;
export type GiftPatch = Body<'/api/v1/gifts/{id}', 'patch'>;
export interface GiftFilter {
  personId?: string;
  organizationId?: string;
  needId?: string;
  response?: Gift['response'];
  limit?: number;
}

export const giftKeys = {
  all: ['gifts'] as const,
  list: (filter: GiftFilter) => ['gifts', 'list', filter] as const,
  one: (id: string) => ['gifts', 'one', id] as const,
};

export function useGifts(filter: GiftFilter, options: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: giftKeys.list(filter),
    queryFn: ({ pageParam, signal }) => unwrap(api.GET('/api/v1/gifts', { params: { query: { limit: 30, ...filter, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
  });
}

export function useGift(id: string) {
  return useQuery({
    queryKey: giftKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/gifts/{id}', { params: { path: { id } }, signal })),
  });
}

/** Gifts show in lists and in close-out summaries (by title). */
function refreshGifts(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['gifts', 'list'] });
  void queryClient.invalidateQueries({ queryKey: ['close-outs'] });
}

export function useCreateGift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GiftInput) => unwrap(api.POST('/api/v1/gifts', { body })),
    onSuccess: (gift) => {
      queryClient.setQueryData(giftKeys.one(gift.id), gift);
      refreshGifts(queryClient);
    },
  });
}

export function useUpdateGift(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GiftPatch) => unwrap(api.PATCH('/api/v1/gifts/{id}', { params: { path: { id } }, body })),
    onSuccess: (gift) => {
      queryClient.setQueryData(giftKeys.one(id), gift);
      refreshGifts(queryClient);
    },
  });
}

export function useDeleteGift(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/gifts/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: giftKeys.one(id) });
      refreshGifts(queryClient);
    },
  });
}
