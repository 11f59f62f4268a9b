/** /api/v1: the Today page and stay-in-touch. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from './route-deps.ts';

export function todayRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    void app;
    void deps;
  };
}
