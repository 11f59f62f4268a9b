/** The erase-a-person page, attached to the logged-in app layout (see router.tsx). */
import { createRoute } from '@tanstack/react-router';
import { appLayout } from '../../../route-layouts.tsx';
import { lazyPage } from '../../../lib/lazy-page.ts';

const ErasePage = lazyPage(() => import('./ErasePage.tsx'), 'ErasePage');

const eraseRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/people/$personId/erase',
  component: function Erase() {
    return <ErasePage personId={eraseRoute.useParams().personId} />;
  },
});

export const eraseRoutes = [eraseRoute] as const;
