/** /api/v1/people/{id}/timeline and /api/v1/organizations/{id}/timeline: histories, newest first. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/open-db.ts';
import { getOrganizationTimeline } from '../../domain/timeline/get-organization-timeline.ts';
import { getPersonTimeline } from '../../domain/timeline/get-person-timeline.ts';
import { presentTimelineItem } from '../../presenters/present-conversation.ts';
import { actorOf } from '../auth-context.ts';
import { errors, idParams } from '../schemas/common.schemas.ts';
import { timelinePage, timelineQuery } from '../schemas/timeline.schemas.ts';

const tags = ['timeline'];

/** Registers the person and organisation timelines. */
export function timelineRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/people/:id/timeline', {
      schema: { tags, summary: "A person's timeline", params: idParams, querystring: timelineQuery, response: { 200: timelinePage, ...errors } },
      handler: async (req) => {
        const page = await getPersonTimeline(db, actorOf(req), req.params.id, req.query);
        return { items: page.items.map(presentTimelineItem), nextCursor: page.nextCursor };
      },
    });

    app.get('/organizations/:id/timeline', {
      schema: {
        tags,
        summary: "An organisation's timeline (conversations with its current people)",
        params: idParams,
        querystring: timelineQuery,
        response: { 200: timelinePage, ...errors },
      },
      handler: async (req) => {
        const page = await getOrganizationTimeline(db, actorOf(req), req.params.id, req.query);
        return { items: page.items.map(presentTimelineItem), nextCursor: page.nextCursor };
      },
    });
  };
}
