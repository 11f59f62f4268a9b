/** /api/v1/drafts: check an email or message draft before it is sent. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkDraft } from '../../domain/drafts/check-draft.ts';
import { actorOf } from '../auth-context.ts';
import { errors } from '../schemas/common.schemas.ts';
import { checkDraftBody, draftCheckResponse } from '../schemas/drafts.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

const tags = ['drafts'];

export function draftsRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.post('/drafts/check', {
      schema: {
        tags,
        summary: 'Is this draft about them, or about us? Focus, feature dumps, nothing specific, fake urgency',
        body: checkDraftBody,
        response: { 200: draftCheckResponse, ...errors },
      },
      handler: async (req) => {
        const { check, person, conversationsCompared } = await checkDraft(db, actorOf(req), req.body);
        return { ...check, person, conversationsCompared };
      },
    });
  };
}
