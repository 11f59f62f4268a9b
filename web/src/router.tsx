/**
 * The app's routes (code-based). Pages under the "app" layout need a session; log-in and sign-up send
 * a logged-in member home. Pages get their params and search as props, so they stay plain components.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createRoute, createRouter } from '@tanstack/react-router';
import { appLayout, publicLayout, rootRoute } from './route-layouts.tsx';
import { str } from './lib/search-params.ts';
import { AuthShell } from './components/AuthShell.tsx';
import { LoginPage } from './pages/auth/LoginPage.tsx';
import { SignupPage } from './pages/auth/SignupPage.tsx';
import { JoinPage } from './pages/auth/JoinPage.tsx';
import { needsRoutes } from './pages/needs/needs.routes.tsx';
import { commitmentsRoutes } from './pages/commitments/commitments.routes.tsx';
import { incidentsRoutes } from './pages/incidents/incidents.routes.tsx';
import { giftsRoutes } from './pages/gifts/gifts.routes.tsx';
import { providersRoutes } from './pages/providers/providers.routes.tsx';
import { followUpsRoutes } from './pages/follow-ups/follow-ups.routes.tsx';
import { teamRoutes } from './pages/team/team.routes.tsx';
import { draftsRoutes } from './pages/drafts/drafts.routes.tsx';
import { eraseRoutes } from './pages/people/erase/erase.routes.tsx';
import { emailRoutes } from './pages/email/email.routes.tsx';
import { importsRoutes } from './pages/imports/imports.routes.tsx';
import { clientActsRoutes } from './pages/client-acts/client-acts.routes.tsx';
import { lazyPage } from './lib/lazy-page.ts';

const HomePage = lazyPage(() => import('./pages/HomePage.tsx'), 'HomePage');
const PeoplePage = lazyPage(() => import('./pages/people/PeoplePage.tsx'), 'PeoplePage');
const PersonPage = lazyPage(() => import('./pages/people/PersonPage.tsx'), 'PersonPage');
const NewPersonPage = lazyPage(() => import('./pages/people/PersonFormPages.tsx'), 'NewPersonPage');
const EditPersonPage = lazyPage(() => import('./pages/people/PersonFormPages.tsx'), 'EditPersonPage');
const OrganizationsPage = lazyPage(() => import('./pages/organizations/OrganizationsPage.tsx'), 'OrganizationsPage');
const OrganizationPage = lazyPage(() => import('./pages/organizations/OrganizationPage.tsx'), 'OrganizationPage');
const NewOrganizationPage = lazyPage(() => import('./pages/organizations/OrganizationFormPages.tsx'), 'NewOrganizationPage');
const EditOrganizationPage = lazyPage(() => import('./pages/organizations/OrganizationFormPages.tsx'), 'EditOrganizationPage');
const NewConversationPage = lazyPage(() => import('./pages/conversations/NewConversationPage.tsx'), 'NewConversationPage');
const ConversationPage = lazyPage(() => import('./pages/conversations/ConversationPage.tsx'), 'ConversationPage');
const TeamPage = lazyPage(() => import('./pages/team/TeamPage.tsx'), 'TeamPage');

const loginRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/login',
  validateSearch: (s: Record<string, unknown>): { redirect?: string } => ({ redirect: str(s.redirect) }),
  component: function Login() {
    return <LoginPage redirect={loginRoute.useSearch().redirect} />;
  },
});

const signupRoute = createRoute({ getParentRoute: () => publicLayout, path: '/signup', component: SignupPage });

const joinRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/join',
  component: function Join() {
    return (
      <AuthShell>
        <JoinPage />
      </AuthShell>
    );
  },
});

const homeRoute = createRoute({ getParentRoute: () => appLayout, path: '/', component: HomePage });

const peopleRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/people',
  validateSearch: (s: Record<string, unknown>): { q?: string } => ({ q: str(s.q) }),
  component: function People() {
    return <PeoplePage q={peopleRoute.useSearch().q ?? ''} />;
  },
});
const newPersonRoute = createRoute({ getParentRoute: () => appLayout, path: '/people/new', component: NewPersonPage });
const personRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/people/$personId',
  component: function Person() {
    return <PersonPage personId={personRoute.useParams().personId} />;
  },
});
const editPersonRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/people/$personId/edit',
  component: function EditPerson() {
    return <EditPersonPage personId={editPersonRoute.useParams().personId} />;
  },
});

const organizationsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/organizations',
  validateSearch: (s: Record<string, unknown>): { q?: string } => ({ q: str(s.q) }),
  component: function Organizations() {
    return <OrganizationsPage q={organizationsRoute.useSearch().q ?? ''} />;
  },
});
const newOrganizationRoute = createRoute({ getParentRoute: () => appLayout, path: '/organizations/new', component: NewOrganizationPage });
const organizationRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/organizations/$organizationId',
  component: function Organization() {
    return <OrganizationPage organizationId={organizationRoute.useParams().organizationId} />;
  },
});
const editOrganizationRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/organizations/$organizationId/edit',
  component: function EditOrganization() {
    return <EditOrganizationPage organizationId={editOrganizationRoute.useParams().organizationId} />;
  },
});

const newConversationRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/conversations/new',
  validateSearch: (s: Record<string, unknown>): { personId?: string } => ({ personId: str(s.personId) }),
  component: function NewConversation() {
    return <NewConversationPage personId={newConversationRoute.useSearch().personId} />;
  },
});
const conversationRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/conversations/$conversationId',
  component: function Conversation() {
    return <ConversationPage conversationId={conversationRoute.useParams().conversationId} />;
  },
});

const teamRoute = createRoute({ getParentRoute: () => appLayout, path: '/team', component: TeamPage });

const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([loginRoute, signupRoute]),
  joinRoute,
  appLayout.addChildren([
    homeRoute,
    peopleRoute,
    newPersonRoute,
    personRoute,
    editPersonRoute,
    organizationsRoute,
    newOrganizationRoute,
    organizationRoute,
    editOrganizationRoute,
    newConversationRoute,
    conversationRoute,
    teamRoute,
    ...needsRoutes,
    ...commitmentsRoutes,
    ...incidentsRoutes,
    ...giftsRoutes,
    ...providersRoutes,
    ...followUpsRoutes,
    ...teamRoutes,
    ...draftsRoutes,
    ...eraseRoutes,
    ...emailRoutes,
    ...importsRoutes,
    ...clientActsRoutes,
  ]),
]);

export function makeRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
