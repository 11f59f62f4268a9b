/** The routes of this area (providers and referrals), attached to the logged-in app layout (see router.tsx). */
import { createRoute } from '@tanstack/react-router';
import { str } from '../../lib/search-params.ts';
import { appLayout } from '../../route-layouts.tsx';
import { lazyPage } from '../../lib/lazy-page.ts';

const NewProviderPage = lazyPage(() => import('./NewProviderPage.tsx'), 'NewProviderPage');
const NewReferralPage = lazyPage(() => import('./NewReferralPage.tsx'), 'NewReferralPage');
const ProviderPage = lazyPage(() => import('./ProviderPage.tsx'), 'ProviderPage');
const ProvidersPage = lazyPage(() => import('./ProvidersPage.tsx'), 'ProvidersPage');
const ReferralPage = lazyPage(() => import('./ReferralPage.tsx'), 'ReferralPage');
const ReferralsPage = lazyPage(() => import('./ReferralsPage.tsx'), 'ReferralsPage');

const direction = (v: unknown) => (v === 'in' || v === 'out' ? v : undefined);

const providersRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/providers',
  validateSearch: (s: Record<string, unknown>): { q?: string } => ({ q: str(s.q) }),
  component: function Providers() {
    return <ProvidersPage q={providersRoute.useSearch().q ?? ''} />;
  },
});

const newProviderRoute = createRoute({ getParentRoute: () => appLayout, path: '/providers/new', component: NewProviderPage });

const providerRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/providers/$providerId',
  component: function Provider() {
    return <ProviderPage providerId={providerRoute.useParams().providerId} />;
  },
});

const referralsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/referrals',
  validateSearch: (s: Record<string, unknown>): { direction?: 'in' } => ({ direction: s.direction === 'in' ? 'in' : undefined }),
  component: function Referrals() {
    return <ReferralsPage direction={referralsRoute.useSearch().direction ?? 'out'} />;
  },
});

interface NewReferralSearch {
  direction?: 'in' | 'out';
  providerId?: string;
  personId?: string;
  organizationId?: string;
  needId?: string;
}

const newReferralRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/referrals/new',
  validateSearch: (s: Record<string, unknown>): NewReferralSearch => ({
    direction: direction(s.direction),
    providerId: str(s.providerId),
    personId: str(s.personId),
    organizationId: str(s.organizationId),
    needId: str(s.needId),
  }),
  component: function NewReferral() {
    return <NewReferralPage {...newReferralRoute.useSearch()} />;
  },
});

const referralRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/referrals/$referralId',
  component: function ReferralRecord() {
    return <ReferralPage referralId={referralRoute.useParams().referralId} />;
  },
});

export const providersRoutes = [providersRoute, newProviderRoute, providerRoute, referralsRoute, newReferralRoute, referralRoute] as const;
