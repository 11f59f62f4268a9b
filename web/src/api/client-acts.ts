/**
 * What clients did on the pages shared with them (issue 11): the `ClientAct` shape the inbox, the need's
 * activity and the person's timeline all show, and a need's client activity, newest first, a page at a time.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Ok } from './types.ts';

/** One thing a client did on their page (confirmed, suggested, ticked a step, commented, answered a recap, checked in). */
export type ClientAct = Ok<'/api/v1/needs/{id}/client-acts', 'get'>['items'][number];

const PAGE_SIZE = 10;

export const clientActKeys = {
  all: ['client-acts'] as const,
  need: (needId: string) => ['client-acts', 'need', needId] as const,
};

/** The need's client activity, newest first; "Show more" follows nextCursor. */
export function useNeedClientActs(needId: string) {
  return useInfiniteQuery({
    queryKey: clientActKeys.need(needId),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/needs/{id}/client-acts', {
          params: { path: { id: needId }, query: { limit: PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
