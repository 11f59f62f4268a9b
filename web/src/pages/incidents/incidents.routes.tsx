/** The incidents area's routes, attached to the logged-in app layout (see router.tsx). */
import { createRoute } from '@tanstack/react-router';
import { str } from '../../lib/search-params.ts';
import { appLayout } from '../../route-layouts.tsx';
import type { IncidentsSearch } from './IncidentsPage.tsx';
import { lazyPage } from '../../lib/lazy-page.ts';

const IncidentPage = lazyPage(() => import('./IncidentPage.tsx'), 'IncidentPage');
const IncidentsPage = lazyPage(() => import('./IncidentsPage.tsx'), 'IncidentsPage');
const NewIncidentPage = lazyPage(() => import('./NewIncidentPage.tsx'), 'NewIncidentPage');

const incidentsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/incidents',
  validateSearch: (s: Record<string, unknown>): IncidentsSearch => ({
    status: s.status === 'open' || s.status === 'resolved' ? s.status : undefined,
    personId: str(s.personId),
    organizationId: str(s.organizationId),
    needId: str(s.needId),
  }),
  component: function Incidents() {
    return <IncidentsPage search={incidentsRoute.useSearch()} />;
  },
});

const newIncidentRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/incidents/new',
  validateSearch: (s: Record<string, unknown>) => ({ personId: str(s.personId), organizationId: str(s.organizationId), needId: str(s.needId) }),
  component: function NewIncident() {
    return <NewIncidentPage prefill={newIncidentRoute.useSearch()} />;
  },
});

const incidentRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/incidents/$incidentId',
  component: function Incident() {
    return <IncidentPage incidentId={incidentRoute.useParams().incidentId} />;
  },
});

export const incidentsRoutes = [incidentsRoute, newIncidentRoute, incidentRoute] as const;
