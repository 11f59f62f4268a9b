/** /api/v1/help-given: referrals out and needs closed referred out or advised not to buy, counted with their evidence. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { todayOf } from '../../domain/clock.ts';
import { getHelpGiven } from '../../domain/help-given/get-help-given.ts';
import { iso } from '../../presenters/iso.ts';
import { actorOf } from '../auth-context.ts';
import { errors } from '../schemas/common.schemas.ts';
import { helpGivenQuery, helpGivenResponse } from '../schemas/help-given.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

export function helpGivenRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/help-given', {
      schema: {
        tags: ['reliability'],
        summary: 'Help given, whatever the fee: referrals out, needs referred out or advised not to buy',
        querystring: helpGivenQuery,
        response: { 200: helpGivenResponse, ...errors },
      },
      handler: async (req) => {
        const help = await getHelpGiven(db, actorOf(req), req.query, todayOf(clock));
        const presentNeeds = (part: typeof help.referredOut) => ({ count: part.count, items: part.items.map((n) => ({ ...n, closedAt: iso(n.closedAt) })) });
        return { ...help, referredOut: presentNeeds(help.referredOut), advisedNotToBuy: presentNeeds(help.advisedNotToBuy) };
      },
    });
  };
}
