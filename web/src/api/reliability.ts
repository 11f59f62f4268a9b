/** Reliability figures over a window, for the firm, a member or a relationship. */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { paths } from './schema';
import type { Ok } from './types.ts';

export type Reliability = Ok<'/api/v1/reliability', 'get'>;
export type Figures = Reliability['us'];
export type CommitmentQuery = Figures['evidence']['keptOnTime'];
export type ReliabilityQuery = NonNullable<paths['/api/v1/reliability']['get']['parameters']['query']>;
export type ReliabilityWindow = NonNullable<ReliabilityQuery['window']>;

export function useReliability(query: ReliabilityQuery) {
  return useQuery({
    queryKey: ['reliability', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/reliability', { params: { query }, signal })),
  });
}
