/** Help given, whatever the fee: referrals out and needs referred out or advised not to buy, over a window. */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { ReliabilityWindow } from './reliability.ts';
import type { Ok } from './types.ts';

export type HelpGiven = Ok<'/api/v1/help-given', 'get'>;

export function useHelpGiven(query: { window: ReliabilityWindow; memberId?: string }) {
  return useQuery({
    queryKey: ['help-given', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/help-given', { params: { query }, signal })),
  });
}
