/** Everything under /api/v1, in one list so the API's surface can be read at a glance. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../build-app.ts';
import { appVersion } from '../../common/version.ts';
import { authRoutes } from './auth.routes.ts';
import { membersRoutes } from './members.routes.ts';
import { peopleRoutes } from './people.routes.ts';
import { demoRoutes } from './demo.routes.ts';
import { organizationsRoutes } from './organizations.routes.ts';
import { conversationsRoutes } from './conversations.routes.ts';
import { timelineRoutes } from './timeline.routes.ts';
import { needsRoutes } from './needs.routes.ts';
import { commitmentsRoutes } from './commitments.routes.ts';
import { incidentsRoutes } from './incidents.routes.ts';
import { giftsRoutes } from './gifts.routes.ts';
import { providersRoutes } from './providers.routes.ts';
import { followUpsRoutes } from './follow-ups.routes.ts';
import { todayRoutes } from './today.routes.ts';
import { helpGivenRoutes } from './help-given.routes.ts';
import { transcriptsRoutes } from './transcripts.routes.ts';
import { draftsRoutes } from './drafts.routes.ts';
import { calendarRoutes } from './calendar.routes.ts';
import { erasureRoutes } from './erasure.routes.ts';
import { emailRoutes } from './email.routes.ts';
import { exportRoutes } from './export.routes.ts';
import { importsRoutes } from './imports.routes.ts';
import { shareLinksRoutes } from './share-links.routes.ts';
import { sharedPageRoutes } from './shared-page.routes.ts';
import { clientActivityRoutes } from './client-activity.routes.ts';
import { systemClock } from '../../domain/clock.ts';
import type { ImportWorker } from '../../server/import-worker.ts';
import type { ShareLookupGuard } from '../share-lookup-guard.ts';

export function apiRoutes(options: AppOptions, importWorker?: ImportWorker, shareLookups?: ShareLookupGuard): FastifyPluginAsyncZod {
  const { db } = options;
  const cookieSecure = options.cookieSecure ?? 'auto';
  const deps = { db, clock: options.clock ?? systemClock, publicUrl: options.publicUrl, mailer: options.mailer, importWorker, shareLookups };
  return async (app) => {
    app.get('/health', {
      config: { public: true },
      schema: { tags: ['meta'], summary: 'Liveness', response: { 200: z.object({ status: z.literal('ok') }) } },
      handler: async () => ({ status: 'ok' as const }),
    });
    app.get('/meta', {
      config: { public: true },
      schema: {
        tags: ['meta'],
        summary: 'What this server offers (for the web app before log-in)',
        response: { 200: z.object({ version: z.string(), demoEnabled: z.boolean() }) },
      },
      handler: async () => ({ version: appVersion, demoEnabled: options.demoEnabled ?? false }),
    });
    app.get('/openapi.json', {
      config: { public: true },
      schema: { hide: true },
      handler: async () => app.swagger(),
    });
    await app.register(authRoutes(db, cookieSecure));
    await app.register(membersRoutes(db, cookieSecure));
    await app.register(peopleRoutes(db, deps.clock));
    await app.register(demoRoutes(db, { enabled: options.demoEnabled ?? false, cookieSecure, clock: deps.clock }));
    await app.register(organizationsRoutes(db));
    await app.register(conversationsRoutes(db));
    await app.register(timelineRoutes(db));
    await app.register(needsRoutes(deps));
    await app.register(commitmentsRoutes(deps));
    await app.register(incidentsRoutes(deps));
    await app.register(giftsRoutes(deps));
    await app.register(providersRoutes(deps));
    await app.register(followUpsRoutes(deps));
    await app.register(todayRoutes(deps));
    await app.register(helpGivenRoutes(deps));
    await app.register(transcriptsRoutes(deps));
    await app.register(draftsRoutes(deps));
    await app.register(calendarRoutes(deps));
    await app.register(erasureRoutes(deps));
    await app.register(emailRoutes(deps));
    await app.register(exportRoutes(deps));
    await app.register(importsRoutes(deps));
    await app.register(shareLinksRoutes(deps));
    await app.register(sharedPageRoutes(deps));
    await app.register(clientActivityRoutes(deps));
  };
}
