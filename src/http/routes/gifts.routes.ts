/** /api/v1: gifts to clients. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from './route-deps.ts';

export function giftsRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    void app;
    void deps;
  };
}
