/** /api/v1: the provider directory and referrals. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from './route-deps.ts';

export function providersRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    void app;
    void deps;
  };
}
