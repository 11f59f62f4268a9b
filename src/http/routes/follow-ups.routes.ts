/** /api/v1: follow-ups and conversation close-outs. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from './route-deps.ts';

export function followUpsRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    void app;
    void deps;
  };
}
