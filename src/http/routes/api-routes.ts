/** Everything under /api/v1, in one list so the API's surface can be read at a glance. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../build-app.ts';
import { authRoutes } from './auth.routes.ts';
import { membersRoutes } from './members.routes.ts';
import { peopleRoutes } from './people.routes.ts';

export function apiRoutes(options: AppOptions): FastifyPluginAsyncZod {
  const { db } = options;
  const cookieSecure = options.cookieSecure ?? 'auto';
  return async (app) => {
    app.get('/health', {
      config: { public: true },
      schema: { tags: ['meta'], summary: 'Liveness', response: { 200: z.object({ status: z.literal('ok') }) } },
      handler: async () => ({ status: 'ok' as const }),
    });
    app.get('/openapi.json', {
      config: { public: true },
      schema: { hide: true },
      handler: async () => app.swagger(),
    });
    await app.register(authRoutes(db, cookieSecure));
    await app.register(membersRoutes(db, cookieSecure));
    await app.register(peopleRoutes(db));
  };
}
