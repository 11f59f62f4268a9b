/** The needs area's routes, attached to the logged-in app layout (see router.tsx). */
import { createRoute } from '@tanstack/react-router';
import { appLayout } from '../../route-layouts.tsx';
import { str } from '../../lib/search-params.ts';
import type { NeedsTab } from './NeedsPage.tsx';
import { lazyPage } from '../../lib/lazy-page.ts';

const NeedPage = lazyPage(() => import('./NeedPage.tsx'), 'NeedPage');
const NeedsPage = lazyPage(() => import('./NeedsPage.tsx'), 'NeedsPage');
const NewNeedPage = lazyPage(() => import('./NewNeedPage.tsx'), 'NewNeedPage');

const needsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/needs',
  validateSearch: (s: Record<string, unknown>): { status?: 'closed' } => ({ status: s.status === 'closed' ? 'closed' : undefined }),
  component: function Needs() {
    const tab: NeedsTab = needsRoute.useSearch().status ?? 'open';
    return <NeedsPage tab={tab} />;
  },
});

const newNeedRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/needs/new',
  validateSearch: (s: Record<string, unknown>): { organizationId?: string; personId?: string } => ({
    organizationId: str(s.organizationId),
    personId: str(s.personId),
  }),
  component: function NewNeed() {
    const { organizationId, personId } = newNeedRoute.useSearch();
    return <NewNeedPage organizationId={organizationId} personId={personId} />;
  },
});

const needRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/needs/$needId',
  component: function Need() {
    return <NeedPage needId={needRoute.useParams().needId} />;
  },
});

export const needsRoutes = [needsRoute, newNeedRoute, needRoute] as const;
