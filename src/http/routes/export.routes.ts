/**
 * Export everything of the firm (decision 022): GET /api/v1/export streams a zip of every entity as JSON
 * and CSV, the people as vCard 4.0, and a manifest. Owners only.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportFirm } from '../../domain/exporting/export-firm.ts';
import { actorOf } from '../auth-context.ts';
import { errors } from '../schemas/common.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

/** Registers GET /export under /api/v1. */
export function exportRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/export', {
      schema: {
        tags: ['export'],
        summary:
          'Everything of the firm as a zip (application/zip, streamed): json/<entity>.json and csv/<entity>.csv per entity, people.vcf (vCard 4.0) and manifest.json (owners only)',
        response: { 200: z.unknown().describe('The zip file (application/zip), streamed as it is written.'), ...errors },
      },
      handler: async (req, reply) => {
        const exported = await exportFirm(deps.db, actorOf(req), deps.clock());
        return reply
          .type('application/zip')
          .header('content-disposition', `attachment; filename="${exported.fileName}"`)
          .header('cache-control', 'no-store')
          .send(exported.stream);
      },
    });
  };
}
