/** The provider directory: search as you type, one provider, and the edits. */
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Body, Ok } from './types.ts';

export type Provider = Ok<'/api/v1/providers/{id}', 'get'>;
export type ProviderInput = Body<'/api/v1/providers', 'post'>;
export type ProviderPatch = Body<'/api/v1/providers/{id}', 'patch'>;

export const providerKeys = {
  list: (q: string, limit: number) => ['providers', 'list', q, limit] as const,
  one: (id: string) => ['providers', 'one', id] as const,
};

export function useProviders(q: string, options: { limit?: number } = {}) {
  const limit = options.limit ?? 50;
  return useInfiniteQuery({
    queryKey: providerKeys.list(q, limit),
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/providers', { params: { query: { q: q || undefined, limit, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useProvider(id: string) {
  return useQuery({
    queryKey: providerKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/providers/{id}', { params: { path: { id } }, signal })),
  });
}

export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProviderInput) => unwrap(api.POST('/api/v1/providers', { body })),
    onSuccess: (provider) => {
      queryClient.setQueryData(providerKeys.one(provider.id), provider);
      void queryClient.invalidateQueries({ queryKey: ['providers', 'list'] });
    },
  });
}

export function useUpdateProvider(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProviderPatch) => unwrap(api.PATCH('/api/v1/providers/{id}', { params: { path: { id } }, body })),
    onSuccess: (provider) => {
      queryClient.setQueryData(providerKeys.one(id), provider);
      void queryClient.invalidateQueries({ queryKey: ['providers', 'list'] });
      // Referrals show the provider's name.
      void queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
}

export function useDeleteProvider(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/providers/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: providerKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: ['providers', 'list'] });
    },
  });
}
