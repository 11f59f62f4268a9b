/** The routes of this area, attached to the logged-in app layout (see router.tsx). */
import { createRoute } from '@tanstack/react-router';
import { appLayout } from '../../route-layouts.tsx';
import type { FollowUpsView } from './FollowUpsPage.tsx';
import { lazyPage } from '../../lib/lazy-page.ts';

const FollowUpsPage = lazyPage(() => import('./FollowUpsPage.tsx'), 'FollowUpsPage');

interface FollowUpsSearch {
  view?: Exclude<FollowUpsView, 'due'>;
  who?: 'everyone';
}

const followUpsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/follow-ups',
  validateSearch: (s: Record<string, unknown>): FollowUpsSearch => ({
    view: s.view === 'done' || s.view === 'cancelled' ? s.view : undefined,
    who: s.who === 'everyone' ? 'everyone' : undefined,
  }),
  component: function FollowUps() {
    const { view, who } = followUpsRoute.useSearch();
    return <FollowUpsPage view={view ?? 'due'} everyone={who === 'everyone'} />;
  },
});

export const followUpsRoutes = [followUpsRoute] as const;
