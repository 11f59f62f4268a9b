/** /api/v1: incidents and their response steps. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from './route-deps.ts';

export function incidentsRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    void app;
    void deps;
  };
}
