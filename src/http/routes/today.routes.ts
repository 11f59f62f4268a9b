/** /api/v1/today: the Today page, for the caller's own calendar day. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { todayOf } from '../../domain/clock.ts';
import { getToday } from '../../domain/today/get-today.ts';
import { presentToday } from '../../presenters/present-today.ts';
import { actorOf } from '../auth-context.ts';
import { errors } from '../schemas/common.schemas.ts';
import { todayQuery, todayResponse } from '../schemas/today.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

const tags = ['today'];

/** Registers GET /today. */
export function todayRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/today', {
      schema: {
        tags,
        summary: 'What needs attention today: follow-ups, commitments, incidents, open loops, journeys at risk, people losing touch',
        querystring: todayQuery,
        response: { 200: todayResponse, ...errors },
      },
      handler: async (req) => {
        const today = await getToday(deps.db, actorOf(req), { date: todayOf(deps.clock, req.query.date), scope: req.query.scope });
        return presentToday(today);
      },
    });
  };
}
