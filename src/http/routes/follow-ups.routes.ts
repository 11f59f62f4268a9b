/** /api/v1/follow-ups and /api/v1/conversations/{id}/close-out: follow-ups and the close-out after a conversation. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { closeOutConversation } from '../../domain/close-outs/close-out-conversation.ts';
import { getCloseOut } from '../../domain/close-outs/get-close-out.ts';
import { todayOf } from '../../domain/clock.ts';
import { cancelFollowUp } from '../../domain/follow-ups/cancel-follow-up.ts';
import { completeFollowUp } from '../../domain/follow-ups/complete-follow-up.ts';
import { createFollowUp } from '../../domain/follow-ups/create-follow-up.ts';
import { getFollowUp } from '../../domain/follow-ups/get-follow-up.ts';
import { listFollowUps } from '../../domain/follow-ups/list-follow-ups.ts';
import { snoozeFollowUp } from '../../domain/follow-ups/snooze-follow-up.ts';
import { updateFollowUp } from '../../domain/follow-ups/update-follow-up.ts';
import { presentCloseOut } from '../../presenters/present-close-out.ts';
import { presentFollowUp } from '../../presenters/present-follow-up.ts';
import { actorOf } from '../auth-context.ts';
import { closeOutBody, closeOutEnvelope, closeOutResponse } from '../schemas/close-outs.schemas.ts';
import { errors, idParams, unprocessable } from '../schemas/common.schemas.ts';
import {
  cancelFollowUpBody,
  completeFollowUpBody,
  createFollowUpBody,
  followUpPage,
  followUpResponse,
  listFollowUpsQuery,
  snoozeFollowUpBody,
  updateFollowUpBody,
} from '../schemas/follow-ups.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

export function followUpsRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  const { db, clock } = deps;
  return async (app) => {
    const tags = ['follow-ups'];
    const one = { 200: followUpResponse, ...errors };

    app.get('/follow-ups', {
      schema: { tags, summary: 'List follow-ups: open ones soonest due first', querystring: listFollowUpsQuery, response: { 200: followUpPage, ...errors } },
      handler: async (req) => {
        const page = await listFollowUps(db, actorOf(req), req.query, todayOf(clock, req.query.date));
        return { items: page.items.map(presentFollowUp), nextCursor: page.nextCursor };
      },
    });

    app.post('/follow-ups', {
      schema: {
        tags,
        summary: 'Schedule a follow-up that says what exactly you will bring',
        body: createFollowUpBody,
        response: { 201: followUpResponse, ...errors, ...unprocessable },
      },
      handler: async (req, reply) => reply.status(201).send(presentFollowUp(await createFollowUp(db, actorOf(req), req.body, todayOf(clock)))),
    });

    app.get('/follow-ups/:id', {
      schema: { tags, summary: 'Get a follow-up', params: idParams, response: one },
      handler: async (req) => presentFollowUp(await getFollowUp(db, actorOf(req), req.params.id)),
    });

    app.patch('/follow-ups/:id', {
      schema: { tags, summary: 'Edit an open follow-up', params: idParams, body: updateFollowUpBody, response: { ...one, ...unprocessable } },
      handler: async (req) => presentFollowUp(await updateFollowUp(db, actorOf(req), req.params.id, req.body)),
    });

    app.post('/follow-ups/:id/done', {
      schema: { tags, summary: 'Mark a follow-up done', params: idParams, body: completeFollowUpBody, response: one },
      handler: async (req) => presentFollowUp(await completeFollowUp(db, actorOf(req), req.params.id, clock, req.body?.version)),
    });

    app.post('/follow-ups/:id/snooze', {
      schema: { tags, summary: 'Move a follow-up to a later day', params: idParams, body: snoozeFollowUpBody, response: one },
      handler: async (req) => presentFollowUp(await snoozeFollowUp(db, actorOf(req), req.params.id, req.body, todayOf(clock))),
    });

    app.post('/follow-ups/:id/cancel', {
      schema: { tags, summary: 'Cancel a follow-up, with the reason', params: idParams, body: cancelFollowUpBody, response: one },
      handler: async (req) => presentFollowUp(await cancelFollowUp(db, actorOf(req), req.params.id, req.body, clock)),
    });

    const closeOutTags = ['close-outs'];
    app.get('/conversations/:id/close-out', {
      schema: { tags: closeOutTags, summary: "A conversation's close-out (null while it is an open loop)", params: idParams, response: { 200: closeOutEnvelope, ...errors } },
      handler: async (req) => {
        const closeOut = await getCloseOut(db, actorOf(req), req.params.id);
        return { closeOut: closeOut ? presentCloseOut(closeOut) : null };
      },
    });

    app.post('/conversations/:id/close-out', {
      schema: {
        tags: closeOutTags,
        summary: 'Close the loop after a conversation: an alternative, a piece of value, a specific follow-up',
        params: idParams,
        body: closeOutBody,
        response: { 201: closeOutResponse, ...errors, ...unprocessable },
      },
      handler: async (req, reply) =>
        reply.status(201).send(presentCloseOut(await closeOutConversation(db, actorOf(req), req.params.id, req.body, todayOf(clock)))),
    });
  };
}
