/** The inbox's route, attached to the logged-in app layout (see router.tsx). */
import { createRoute } from '@tanstack/react-router';
import { appLayout } from '../../route-layouts.tsx';
import { lazyPage } from '../../lib/lazy-page.ts';

const InboxPage = lazyPage(() => import('./InboxPage.tsx'), 'InboxPage');

const inboxRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/inbox',
  validateSearch: (s: Record<string, unknown>): { show?: 'unread' } => ({ show: s.show === 'unread' ? 'unread' : undefined }),
  component: function Inbox() {
    return <InboxPage unreadOnly={inboxRoute.useSearch().show === 'unread'} />;
  },
});

export const clientActsRoutes = [inboxRoute] as const;
