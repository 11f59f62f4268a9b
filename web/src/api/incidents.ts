/**
 * Incidents, edits to their account, and the four steps of the response. A change refreshes the incident,
 * the lists, reliability (time to acknowledge) and Today; the prevention step also creates a commitment.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { paths } from './schema';
import type { Body, Ok } from './types.ts';

export type Incident = Ok<'/api/v1/incidents/{id}', 'get'>;
export type IncidentSummary = Ok<'/api/v1/incidents', 'get'>['items'][number];
export type IncidentInput = Body<'/api/v1/incidents', 'post'>;
export type IncidentPatch = Body<'/api/v1/incidents/{id}', 'patch'>;
export type IncidentFilters = Omit<NonNullable<paths['/api/v1/incidents']['get']['parameters']['query']>, 'cursor'>;
export type StepAction = NonNullable<Incident['nextStep']>;

/** Each step's action and what it sends. */
export type StepRequest =
  | { action: 'acknowledge'; body: Body<'/api/v1/incidents/{id}/acknowledge', 'post'> }
  | { action: 'explain'; body: Body<'/api/v1/incidents/{id}/explain', 'post'> }
  | { action: 'prevention'; body: Body<'/api/v1/incidents/{id}/prevention', 'post'> }
  | { action: 'verify'; body: Body<'/api/v1/incidents/{id}/verify', 'post'> };

export const incidentKeys = {
  all: ['incidents'] as const,
  list: (filters: IncidentFilters) => ['incidents', 'list', filters] as const,
  one: (id: string) => ['incidents', 'one', id] as const,
};

export function useIncidents(filters: IncidentFilters) {
  return useInfiniteQuery({
    queryKey: incidentKeys.list(filters),
    queryFn: ({ pageParam, signal }) => unwrap(api.GET('/api/v1/incidents', { params: { query: { limit: 30, ...filters, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useIncident(id: string) {
  return useQuery({
    queryKey: incidentKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/incidents/{id}', { params: { path: { id } }, signal })),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return (incident: Incident) => {
    queryClient.setQueryData(incidentKeys.one(incident.id), incident);
    void queryClient.invalidateQueries({ queryKey: ['incidents', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['commitments'] });
    void queryClient.invalidateQueries({ queryKey: ['reliability'] });
    void queryClient.invalidateQueries({ queryKey: ['today'] });
  };
}

export function useReportIncident() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: IncidentInput) => unwrap(api.POST('/api/v1/incidents', { body })),
    onSuccess: refresh,
  });
}

/** Edits an incident's account (title, what happened, when it was reported) or links; sends the version loaded. */
export function useUpdateIncident(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: IncidentPatch) => unwrap(api.PATCH('/api/v1/incidents/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** Records the next step of one incident. */
export function useIncidentStep(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (step: StepRequest) => {
      const params = { path: { id } };
      switch (step.action) {
        case 'acknowledge':
          return unwrap(api.POST('/api/v1/incidents/{id}/acknowledge', { params, body: step.body }));
        case 'explain':
          return unwrap(api.POST('/api/v1/incidents/{id}/explain', { params, body: step.body }));
        case 'prevention':
          return unwrap(api.POST('/api/v1/incidents/{id}/prevention', { params, body: step.body }));
        case 'verify':
          return unwrap(api.POST('/api/v1/incidents/{id}/verify', { params, body: step.body }));
      }
    },
    onSuccess: refresh,
  });
}
