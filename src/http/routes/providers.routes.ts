/** /api/v1/providers and /api/v1/referrals: the directory of those we refer clients to, and referrals out and in. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayOf } from '../../domain/clock.ts';
import { createProvider } from '../../domain/providers/create-provider.ts';
import { deleteProvider } from '../../domain/providers/delete-provider.ts';
import { getProvider } from '../../domain/providers/get-provider.ts';
import { listProviders } from '../../domain/providers/list-providers.ts';
import { updateProvider } from '../../domain/providers/update-provider.ts';
import { createReferral } from '../../domain/referrals/create-referral.ts';
import { deleteReferral } from '../../domain/referrals/delete-referral.ts';
import { getReferral } from '../../domain/referrals/get-referral.ts';
import { listReferrals } from '../../domain/referrals/list-referrals.ts';
import { updateReferral } from '../../domain/referrals/update-referral.ts';
import { presentProvider } from '../../presenters/present-provider.ts';
import { presentReferral } from '../../presenters/present-referral.ts';
import { actorOf } from '../auth-context.ts';
import { errors, idParams } from '../schemas/common.schemas.ts';
import { createProviderBody, listProvidersQuery, providerPage, providerResponse, updateProviderBody } from '../schemas/providers.schemas.ts';
import { createReferralBody, listReferralsQuery, referralPage, referralResponse, updateReferralBody } from '../schemas/referrals.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

export function providersRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  const { db, clock } = deps;
  return async (app) => {
    const tags = ['providers'];
    app.get('/providers', {
      schema: { tags, summary: 'List or search the provider directory, by name', querystring: listProvidersQuery, response: { 200: providerPage, ...errors } },
      handler: async (req) => {
        const page = await listProviders(db, actorOf(req), req.query);
        return { items: page.items.map(presentProvider), nextCursor: page.nextCursor };
      },
    });

    app.post('/providers', {
      schema: { tags, summary: 'Add a provider to the directory', body: createProviderBody, response: { 201: providerResponse, ...errors } },
      handler: async (req, reply) => reply.status(201).send(presentProvider(await createProvider(db, actorOf(req), req.body))),
    });

    app.get('/providers/:id', {
      schema: { tags, summary: 'Get a provider', params: idParams, response: { 200: providerResponse, ...errors } },
      handler: async (req) => presentProvider(await getProvider(db, actorOf(req), req.params.id)),
    });

    app.patch('/providers/:id', {
      schema: { tags, summary: 'Edit a provider', params: idParams, body: updateProviderBody, response: { 200: providerResponse, ...errors } },
      handler: async (req) => presentProvider(await updateProvider(db, actorOf(req), req.params.id, req.body)),
    });

    app.delete('/providers/:id', {
      schema: { tags, summary: 'Delete a provider no referral names', params: idParams, response: { 204: z.null(), ...errors } },
      handler: async (req, reply) => {
        await deleteProvider(db, actorOf(req), req.params.id);
        return reply.status(204).send(null);
      },
    });

    const referralTags = ['referrals'];
    app.get('/referrals', {
      schema: { tags: referralTags, summary: 'List referrals, newest first', querystring: listReferralsQuery, response: { 200: referralPage, ...errors } },
      handler: async (req) => {
        const page = await listReferrals(db, actorOf(req), req.query);
        return { items: page.items.map(presentReferral), nextCursor: page.nextCursor };
      },
    });

    app.post('/referrals', {
      schema: { tags: referralTags, summary: 'Record a referral out or in', body: createReferralBody, response: { 201: referralResponse, ...errors } },
      handler: async (req, reply) => reply.status(201).send(presentReferral(await createReferral(db, actorOf(req), req.body, todayOf(clock)))),
    });

    app.get('/referrals/:id', {
      schema: { tags: referralTags, summary: 'Get a referral', params: idParams, response: { 200: referralResponse, ...errors } },
      handler: async (req) => presentReferral(await getReferral(db, actorOf(req), req.params.id)),
    });

    app.patch('/referrals/:id', {
      schema: { tags: referralTags, summary: 'Edit a referral', params: idParams, body: updateReferralBody, response: { 200: referralResponse, ...errors } },
      handler: async (req) => presentReferral(await updateReferral(db, actorOf(req), req.params.id, req.body)),
    });

    app.delete('/referrals/:id', {
      schema: { tags: referralTags, summary: 'Delete a referral', params: idParams, response: { 204: z.null(), ...errors } },
      handler: async (req, reply) => {
        await deleteReferral(db, actorOf(req), req.params.id);
        return reply.status(204).send(null);
      },
    });
  };
}
