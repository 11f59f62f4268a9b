/**
 * The calendar feed: /api/v1/me/calendar-feed for the signed-in member (status, create-or-rotate, revoke),
 * and the public GET /calendar/{secret}.ics that calendar apps subscribe to — no session or token, the
 * secret in the path is the only authorisation (decision 017).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayOf } from '../../domain/clock.ts';
import { createCalendarFeed } from '../../domain/calendar/create-calendar-feed.ts';
import { feedPath } from '../../domain/calendar/feed-secret.ts';
import { getCalendarFeed } from '../../domain/calendar/get-calendar-feed.ts';
import { readCalendarFeed } from '../../domain/calendar/read-calendar-feed.ts';
import { revokeCalendarFeed } from '../../domain/calendar/revoke-calendar-feed.ts';
import { AppError } from '../../domain/errors.ts';
import { presentCalendarFeed } from '../../presenters/present-calendar-feed.ts';
import { iso, isoOrNull } from '../../presenters/iso.ts';
import { actorOf } from '../auth-context.ts';
import { calendarFeedCreated, calendarFeedParams, calendarFeedStatus } from '../schemas/calendar.schemas.ts';
import { errors } from '../schemas/common.schemas.ts';
import { baseUrlOf, type RouteDeps } from './route-deps.ts';

const tags = ['calendar'];


/** Registers /me/calendar-feed (GET, POST, DELETE) under /api/v1. */
export function calendarRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/me/calendar-feed', {
      schema: { tags, summary: 'Whether you have a calendar feed link, and since when', response: { 200: calendarFeedStatus, ...errors } },
      handler: async (req) => {
        const feed = await getCalendarFeed(deps.db, actorOf(req));
        return { active: feed !== null, createdAt: isoOrNull(feed?.createdAt) };
      },
    });

    app.post('/me/calendar-feed', {
      schema: {
        tags,
        summary: 'Create your calendar feed link, or replace it (the old link stops working); the link is shown once',
        response: { 201: calendarFeedCreated, ...errors },
      },
      handler: async (req, reply) => {
        const created = await createCalendarFeed(deps.db, actorOf(req), deps.clock);
        return reply.status(201).send({ url: `${baseUrlOf(deps, req)}${feedPath(created.secret)}`, createdAt: iso(created.createdAt) });
      },
    });

    app.delete('/me/calendar-feed', {
      schema: { tags, summary: 'Revoke your calendar feed link', response: { 204: z.null(), ...errors } },
      handler: async (req, reply) => {
        await revokeCalendarFeed(deps.db, actorOf(req), deps.clock);
        return reply.status(204).send(null);
      },
    });
  };
}

/** Registers the public GET /calendar/{secret}.ics, outside /api (so no session is looked for). */
export function calendarFeedRoute(deps: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/calendar/:secret.ics', {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      // The URL carries the secret: keep it out of the request log (errors are still logged).
      logLevel: 'warn',
      schema: {
        tags,
        summary: 'A member’s calendar feed (iCalendar). No session: the secret in the address is the authorisation',
        params: calendarFeedParams,
      },
      handler: async (req, reply) => {
        const feed = await readCalendarFeed(deps.db, req.params.secret, todayOf(deps.clock));
        if (!feed) throw new AppError('not_found', 'No calendar feed at this address.');
        return reply
          .type('text/calendar; charset=utf-8')
          .header('cache-control', 'private, max-age=300')
          .send(presentCalendarFeed(feed, { baseUrl: baseUrlOf(deps, req), now: deps.clock() }));
      },
    });
  };
}
