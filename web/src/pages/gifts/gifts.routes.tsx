/** The routes of this area, attached to the logged-in app layout (see router.tsx). */
import { createRoute } from '@tanstack/react-router';
import { str } from '../../lib/search-params.ts';
import { appLayout } from '../../route-layouts.tsx';
import { giftResponses, type GiftResponse } from './gift-vocabulary.ts';
import { lazyPage } from '../../lib/lazy-page.ts';

const GiftPage = lazyPage(() => import('./GiftPage.tsx'), 'GiftPage');
const GiftsPage = lazyPage(() => import('./GiftsPage.tsx'), 'GiftsPage');
const NewGiftPage = lazyPage(() => import('./NewGiftPage.tsx'), 'NewGiftPage');

const giftsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/gifts',
  validateSearch: (s: Record<string, unknown>): { response?: GiftResponse } => ({
    response: (giftResponses as readonly unknown[]).includes(s.response) ? (s.response as GiftResponse) : undefined,
  }),
  component: function Gifts() {
    return <GiftsPage response={giftsRoute.useSearch().response} />;
  },
});

interface NewGiftSearch {
  personId?: string;
  organizationId?: string;
  needId?: string;
  conversationId?: string;
}

const newGiftRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/gifts/new',
  validateSearch: (s: Record<string, unknown>): NewGiftSearch => ({
    personId: str(s.personId),
    organizationId: str(s.organizationId),
    needId: str(s.needId),
    conversationId: str(s.conversationId),
  }),
  component: function NewGift() {
    return <NewGiftPage {...newGiftRoute.useSearch()} />;
  },
});

const giftRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/gifts/$giftId',
  component: function Gift() {
    return <GiftPage giftId={giftRoute.useParams().giftId} />;
  },
});

export const giftsRoutes = [giftsRoute, newGiftRoute, giftRoute] as const;
