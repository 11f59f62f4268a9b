/**
 * The Today page's data: one request for all six lists on this browser's calendar day, mine or the
 * firm's. The areas' mutations invalidate ['today'] (the key prefix); it is also refetched on every visit,
 * so a conversation logged elsewhere shows at once.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { todayLocal } from '../lib/days.ts';
import { api, unwrap } from './client.ts';
import type { Ok } from './types.ts';

export type Today = Ok<'/api/v1/today', 'get'>;
export type TodayScope = 'mine' | 'firm';

export const todayKeys = {
  all: ['today'] as const,
  day: (date: string, scope: TodayScope) => ['today', date, scope] as const,
};

/**
 * Today as of the browser's local day; refetched on every visit (the cached lists show meanwhile), and the
 * previous scope's lists stay up while the other scope loads.
 */
export function useToday(scope: TodayScope) {
  const date = todayLocal();
  return useQuery({
    queryKey: todayKeys.day(date, scope),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/today', { params: { query: { date, scope } }, signal })),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}
