/** The team area's member page, attached to the logged-in app layout (see router.tsx; /team itself is there). */
import { createRoute } from '@tanstack/react-router';
import { appLayout } from '../../route-layouts.tsx';
import { lazyPage } from '../../lib/lazy-page.ts';

const MemberPage = lazyPage(() => import('./MemberPage.tsx'), 'MemberPage');

const memberRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/team/$memberId',
  component: function Member() {
    return <MemberPage memberId={memberRoute.useParams().memberId} />;
  },
});

export const teamRoutes = [memberRoute] as const;
