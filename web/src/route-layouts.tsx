/**
 * The layouts every page hangs from: the root, the public pages (log-in, sign-up) and the logged-in app.
 * Kept apart from router.tsx so each area's route file (pages/<area>/<area>.routes.tsx) can attach to them.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import { sessionQuery } from './api/session.ts';
import { safeRedirect } from './lib/redirect.ts';
import { AppShell } from './components/AppShell.tsx';
import { AuthShell } from './components/AuthShell.tsx';
import { NotFoundPage, RouteErrorPage } from './pages/NotFoundPage.tsx';

export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

export const publicLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  component: AuthShell,
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ href: safeRedirect((search as { redirect?: string }).redirect) });
  },
});

export const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  component: AppShell,
  errorComponent: RouteErrorPage,
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) {
      const here = location.href === '/' ? undefined : location.href;
      throw redirect({ to: '/login', search: { redirect: here } });
    }
  },
});
