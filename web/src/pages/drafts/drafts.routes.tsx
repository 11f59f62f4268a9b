/** The draft checker's route, attached to the logged-in app layout (see router.tsx). */
import { createRoute } from '@tanstack/react-router';
import { str } from '../../lib/search-params.ts';
import { appLayout } from '../../route-layouts.tsx';
import { lazyPage } from '../../lib/lazy-page.ts';

const DraftCheckPage = lazyPage(() => import('./DraftCheckPage.tsx'), 'DraftCheckPage');

const draftCheckRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/drafts/check',
  validateSearch: (s: Record<string, unknown>): { personId?: string } => ({ personId: str(s.personId) }),
  component: function DraftCheck() {
    return <DraftCheckPage personId={draftCheckRoute.useSearch().personId} />;
  },
});

export const draftsRoutes = [draftCheckRoute] as const;
