/** The commitments area's routes (and reliability), attached to the logged-in app layout (see router.tsx). */
import { createRoute } from '@tanstack/react-router';
import { str } from '../../lib/search-params.ts';
import { appLayout } from '../../route-layouts.tsx';
import type { ReliabilitySearch } from '../reliability/ReliabilityPage.tsx';
import { parseCommitmentsSearch, type CommitmentsSearch } from './commitments-search.ts';
import type { Links } from './LinkedRecords.tsx';
import { lazyPage } from '../../lib/lazy-page.ts';

const ReliabilityPage = lazyPage(() => import('../reliability/ReliabilityPage.tsx'), 'ReliabilityPage');
const CommitmentPage = lazyPage(() => import('./CommitmentPage.tsx'), 'CommitmentPage');
const CommitmentsPage = lazyPage(() => import('./CommitmentsPage.tsx'), 'CommitmentsPage');
const NewCommitmentPage = lazyPage(() => import('./NewCommitmentPage.tsx'), 'NewCommitmentPage');

const commitmentsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/commitments',
  validateSearch: (s: Record<string, unknown>): CommitmentsSearch => parseCommitmentsSearch(s),
  component: function Commitments() {
    return <CommitmentsPage search={commitmentsRoute.useSearch()} />;
  },
});

const newCommitmentRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/commitments/new',
  validateSearch: (s: Record<string, unknown>): Links => ({
    personId: str(s.personId),
    organizationId: str(s.organizationId),
    needId: str(s.needId),
    conversationId: str(s.conversationId),
  }),
  component: function NewCommitment() {
    return <NewCommitmentPage prefill={newCommitmentRoute.useSearch()} />;
  },
});

const commitmentRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/commitments/$commitmentId',
  component: function Commitment() {
    return <CommitmentPage commitmentId={commitmentRoute.useParams().commitmentId} />;
  },
});

const reliabilityRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/reliability',
  validateSearch: (s: Record<string, unknown>): ReliabilitySearch => ({
    window: s.window === '24m' || s.window === '36m' || s.window === '12m' ? s.window : undefined,
    memberId: str(s.memberId),
    personId: str(s.personId),
    organizationId: str(s.organizationId),
  }),
  component: function Reliability() {
    return <ReliabilityPage search={reliabilityRoute.useSearch()} />;
  },
});

export const commitmentsRoutes = [commitmentsRoute, newCommitmentRoute, commitmentRoute, reliabilityRoute] as const;
