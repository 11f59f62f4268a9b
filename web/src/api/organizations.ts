/** Organisations: search with paging, one organisation, and the edits. */
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { OrganizationInput, OrganizationPatch } from './types.ts';

const PAGE_SIZE = 50;

export const organizationKeys = {
  list: (q: string) => ['organizations', 'list', q] as const,
  one: (id: string) => ['organizations', 'one', id] as const,
};

export function useOrganizationsSearch(q: string, options: { limit?: number } = {}) {
  return useInfiniteQuery({
    queryKey: [...organizationKeys.list(q), options.limit ?? PAGE_SIZE],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: { query: { q: q || undefined, limit: options.limit ?? PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** An empty id asks for nothing (for pages where the organisation is optional). */
export function useOrganization(id: string) {
  return useQuery({
    queryKey: organizationKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } }, signal })),
    enabled: id.length > 0,
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationInput) => unwrap(api.POST('/api/v1/organizations', { body })),
    onSuccess: (org) => {
      queryClient.setQueryData(organizationKeys.one(org.id), org);
      void queryClient.invalidateQueries({ queryKey: ['organizations', 'list'] });
    },
  });
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationPatch) => unwrap(api.PATCH('/api/v1/organizations/{id}', { params: { path: { id } }, body })),
    onSuccess: (org) => {
      queryClient.setQueryData(organizationKeys.one(id), org);
      void queryClient.invalidateQueries({ queryKey: ['organizations', 'list'] });
      // People show their organisations' names.
      void queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}

export function useDeleteOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/organizations/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: organizationKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: ['organizations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}
