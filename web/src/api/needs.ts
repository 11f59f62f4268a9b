/**
 * Needs: the lists, one need with its statement versions and journey, and every change to them. Each
 * change refreshes the need (the server returns it, or it is refetched), the lists and Today.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { isApiError } from './errors.ts';
import type { Body, Ok } from './types.ts';

export type Need = Ok<'/api/v1/needs/{id}', 'get'>;
export type NeedSummary = Ok<'/api/v1/needs', 'get'>['items'][number];
export type NeedInput = Body<'/api/v1/needs', 'post'>;
export type NeedPatch = Body<'/api/v1/needs/{id}', 'patch'>;
export type ProblemStatement = Ok<'/api/v1/needs/{id}/problem-statements', 'get'>['items'][number];
export type StatementInput = Body<'/api/v1/needs/{id}/problem-statements', 'post'>;
export type ConfirmInput = Body<'/api/v1/needs/{id}/problem-statements/{version}/confirm', 'post'>;
export type OutcomeInput = Body<'/api/v1/needs/{id}/outcome', 'post'>;
export type JourneyStep = Need['journey'][number];
export type StepInput = Body<'/api/v1/needs/{id}/journey-steps', 'post'>;
export type StepPatch = Body<'/api/v1/needs/{id}/journey-steps/{stepId}', 'patch'>;
export type TemplateStep = Ok<'/api/v1/journey-template', 'get'>['steps'][number];

export interface NeedFilter {
  status?: 'open' | 'closed' | 'all';
  organizationId?: string;
  personId?: string;
  limit?: number;
}

export const needKeys = {
  all: ['needs'] as const,
  list: (filter: NeedFilter) => ['needs', 'list', filter] as const,
  one: (id: string) => ['needs', 'one', id] as const,
  statements: (id: string) => ['needs', 'statements', id] as const,
  template: ['journey-template'] as const,
};

export function useNeeds(filter: NeedFilter) {
  return useInfiniteQuery({
    queryKey: needKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/needs', { params: { query: { ...filter, limit: filter.limit ?? 30, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useNeed(id: string) {
  return useQuery({
    queryKey: needKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/needs/{id}', { params: { path: { id } }, signal })),
  });
}

export function useProblemStatements(id: string) {
  return useQuery({
    queryKey: needKeys.statements(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/needs/{id}/problem-statements', { params: { path: { id } }, signal })),
  });
}

export function useJourneyTemplate() {
  return useQuery({
    queryKey: needKeys.template,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/journey-template', { signal })),
    staleTime: Infinity,
  });
}

/** After any change: the need is replaced when the server sent it back; needs, statements and Today are refreshed. */
function refresh(queryClient: QueryClient, id: string, need?: Need) {
  if (need) queryClient.setQueryData(needKeys.one(id), need);
  void queryClient.invalidateQueries({ queryKey: needKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['today'] });
}

/** A mutation on one need whose success refreshes it; `returnsNeed` when the server answers with the need. */
function useNeedMutation<V, R>(id: string, call: (vars: V) => Promise<R>, returnsNeed = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (result) => refresh(queryClient, id, returnsNeed ? (result as Need) : undefined),
    // Refused because the need moved on (stale statement, closed, journey changed): show how it is now.
    // A version_conflict is left alone: its ConflictNotice offers the reload, and keeps the form until then.
    onError: (error) => {
      if (isApiError(error) && error.status === 409 && error.code !== 'version_conflict') refresh(queryClient, id);
    },
  });
}

const path = (id: string) => ({ params: { path: { id } } });
const stepPath = (id: string, stepId: string) => ({ params: { path: { id, stepId } } });

export function useCreateNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NeedInput) => unwrap(api.POST('/api/v1/needs', { body })),
    onSuccess: (need) => refresh(queryClient, need.id, need),
  });
}

export const useUpdateNeed = (id: string) =>
  useNeedMutation(id, (body: NeedPatch) => unwrap(api.PATCH('/api/v1/needs/{id}', { ...path(id), body })), true);

export const useAddStatement = (id: string) =>
  useNeedMutation(id, (body: StatementInput) => unwrap(api.POST('/api/v1/needs/{id}/problem-statements', { ...path(id), body })));

export const useConfirmStatement = (id: string) =>
  useNeedMutation(id, ({ version, ...body }: ConfirmInput & { version: number }) =>
    unwrap(api.POST('/api/v1/needs/{id}/problem-statements/{version}/confirm', { params: { path: { id, version } }, body })),
  );

export const useRecordOutcome = (id: string) =>
  useNeedMutation(id, (body: OutcomeInput) => unwrap(api.POST('/api/v1/needs/{id}/outcome', { ...path(id), body })), true);

export const useReopenNeed = (id: string) => useNeedMutation(id, () => unwrap(api.POST('/api/v1/needs/{id}/reopen', path(id))), true);

export const useAddStep = (id: string) =>
  useNeedMutation(id, (body: StepInput) => unwrap(api.POST('/api/v1/needs/{id}/journey-steps', { ...path(id), body })));

export const useAddSteps = (id: string) =>
  useNeedMutation(id, (steps: StepInput[]) => unwrap(api.POST('/api/v1/needs/{id}/journey-steps/batch', { ...path(id), body: { steps } })));

export const useUpdateStep = (id: string) =>
  useNeedMutation(id, ({ stepId, ...body }: StepPatch & { stepId: string }) =>
    unwrap(api.PATCH('/api/v1/needs/{id}/journey-steps/{stepId}', { ...stepPath(id, stepId), body })),
  );

export const useDeleteStep = (id: string) =>
  useNeedMutation(id, (stepId: string) => unwrap(api.DELETE('/api/v1/needs/{id}/journey-steps/{stepId}', stepPath(id, stepId))));

export const useReorderSteps = (id: string) =>
  useNeedMutation(id, (stepIds: string[]) => unwrap(api.PUT('/api/v1/needs/{id}/journey-steps/order', { ...path(id), body: { stepIds } })));
