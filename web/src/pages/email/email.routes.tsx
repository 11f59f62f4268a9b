/** The email page's route, attached to the logged-in app layout (see router.tsx). */
import { createRoute } from '@tanstack/react-router';
import { str } from '../../lib/search-params.ts';
import { appLayout } from '../../route-layouts.tsx';
import { lazyPage } from '../../lib/lazy-page.ts';

const SendEmailPage = lazyPage(() => import('./SendEmailPage.tsx'), 'SendEmailPage');

const sendEmailRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/people/$personId/email',
  validateSearch: (s: Record<string, unknown>): { followUpId?: string } => ({ followUpId: str(s.followUpId) }),
  component: function SendEmail() {
    return <SendEmailPage personId={sendEmailRoute.useParams().personId} followUpId={sendEmailRoute.useSearch().followUpId} />;
  },
});

export const emailRoutes = [sendEmailRoute] as const;
