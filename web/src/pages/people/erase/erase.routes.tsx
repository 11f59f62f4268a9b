/** The erase-a-person page, attached to the logged-in app layout (see router.tsx). */
import { createRoute } from '@tanstack/react-router';
import { appLayout } from '../../../route-layouts.tsx';
import { ErasePage } from './ErasePage.tsx';

const eraseRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/people/$personId/erase',
  component: function Erase() {
    return <ErasePage personId={eraseRoute.useParams().personId} />;
  },
});

export const eraseRoutes = [eraseRoute] as const;
