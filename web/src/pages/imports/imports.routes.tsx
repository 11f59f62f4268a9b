/** The import page's route, attached to the logged-in app layout (see router.tsx). */
import { createRoute } from '@tanstack/react-router';
import { str } from '../../lib/search-params.ts';
import { appLayout } from '../../route-layouts.tsx';
import { lazyPage } from '../../lib/lazy-page.ts';

const ImportPage = lazyPage(() => import('./ImportPage.tsx'), 'ImportPage');

const importRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/import',
  validateSearch: (s: Record<string, unknown>): { job?: string } => ({ job: str(s.job) }),
  component: function Import() {
    return <ImportPage jobId={importRoute.useSearch().job} />;
  },
});

export const importsRoutes = [importRoute] as const;
