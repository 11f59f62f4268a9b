/** People: search as you type with paging, one person (with their stay-in-touch line), and the edits. */
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { todayLocal } from '../lib/days.ts';
import { api, unwrap } from './client.ts';
import type { Person, PersonInput, PersonPatch } from './types.ts';

const PAGE_SIZE = 50;

export const peopleKeys = {
  all: ['people'] as const,
  list: (q: string, organizationId?: string) => ['people', 'list', q, organizationId ?? null] as const,
  one: (id: string) => ['people', 'one', id] as const,
};

/** One page at a time from the server (it stays fast with 100k people); "Load more" follows nextCursor. */
export function usePeopleSearch(q: string, options: { organizationId?: string; limit?: number; enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: [...peopleKeys.list(q, options.organizationId), options.limit ?? PAGE_SIZE],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/people', {
          params: { query: { q: q || undefined, organizationId: options.organizationId, limit: options.limit ?? PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/**
 * One person, their stay-in-touch line reckoned on this browser's calendar day. Refetched whenever a page
 * shows them (staleTime 0, the cached copy shows meanwhile): a conversation logged elsewhere moves the line.
 */
export function usePerson(id: string) {
  return useQuery({
    queryKey: peopleKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id }, query: { date: todayLocal() } }, signal })),
    enabled: id.length > 0,
    staleTime: 0,
  });
}

/** A person's cadence decides whether Today lists them as losing touch. */
function refreshPeopleViews(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['people', 'list'] });
  void queryClient.invalidateQueries({ queryKey: ['organizations'] });
  void queryClient.invalidateQueries({ queryKey: ['today'] });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonInput) => unwrap(api.POST('/api/v1/people', { body })),
    onSuccess: (person) => {
      queryClient.setQueryData(peopleKeys.one(person.id), person);
      refreshPeopleViews(queryClient);
    },
  });
}

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonPatch) => unwrap(api.PATCH('/api/v1/people/{id}', { params: { path: { id } }, body })),
    onSuccess: (person: Person) => {
      queryClient.setQueryData(peopleKeys.one(id), person);
      refreshPeopleViews(queryClient);
    },
  });
}

export function useDeletePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/people/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: peopleKeys.one(id) });
      refreshPeopleViews(queryClient);
      void queryClient.invalidateQueries({ queryKey: ['conversations'] });
    },
  });
}
