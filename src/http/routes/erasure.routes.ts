/**
 * Erasing a person on request and the firm's audit trail (decision 020): a preview of what erasing would
 * do, the erasure itself, and the audit entries. Owners only.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAuditEntries } from '../../domain/audit/list-audit-entries.ts';
import { erasePerson } from '../../domain/people/erase-person.ts';
import { previewErasure } from '../../domain/people/preview-erasure.ts';
import { presentAuditEntry, presentErasure } from '../../presenters/present-erasure.ts';
import { actorOf } from '../auth-context.ts';
import { errors, idParams } from '../schemas/common.schemas.ts';
import { auditPage, eraseBody, erasurePreview, erasureResult, listAuditQuery } from '../schemas/erasure.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

/** Registers GET /people/{id}/erasure-preview, POST /people/{id}/erasure and GET /audit under /api/v1. */
export function erasureRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/people/:id/erasure-preview', {
      schema: {
        tags: ['people'],
        summary: 'What erasing a person would unlink, and the records that name them (owners only)',
        params: idParams,
        response: { 200: erasurePreview, ...errors },
      },
      handler: async (req) => previewErasure(deps.db, actorOf(req), req.params.id),
    });

    app.post('/people/:id/erasure', {
      schema: {
        tags: ['people'],
        summary: 'Erase a person on their request: irreversible, recorded in the audit trail (owners only)',
        params: idParams,
        body: eraseBody,
        response: { 201: erasureResult, ...errors },
      },
      handler: async (req, reply) =>
        reply.status(201).send(presentErasure(await erasePerson(deps.db, actorOf(req), req.params.id, req.body, deps.clock()))),
    });

    app.get('/audit', {
      schema: { tags: ['audit'], summary: 'The firm’s audit trail, newest first (owners only)', querystring: listAuditQuery, response: { 200: auditPage, ...errors } },
      handler: async (req) => {
        const page = await listAuditEntries(deps.db, actorOf(req), req.query);
        return { items: page.items.map(presentAuditEntry), nextCursor: page.nextCursor };
      },
    });
  };
}
