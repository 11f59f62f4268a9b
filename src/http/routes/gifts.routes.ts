/** /api/v1/gifts: thin edges over the gift use cases. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayOf } from '../../domain/clock.ts';
import { createGift } from '../../domain/gifts/create-gift.ts';
import { deleteGift } from '../../domain/gifts/delete-gift.ts';
import { getGift } from '../../domain/gifts/get-gift.ts';
import { listGifts } from '../../domain/gifts/list-gifts.ts';
import { updateGift } from '../../domain/gifts/update-gift.ts';
import { presentGift } from '../../presenters/present-gift.ts';
import { actorOf } from '../auth-context.ts';
import { errors, idParams } from '../schemas/common.schemas.ts';
import { createGiftBody, giftPage, giftResponse, listGiftsQuery, updateGiftBody } from '../schemas/gifts.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

const tags = ['gifts'];

export function giftsRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  const { db, clock } = deps;
  return async (app) => {
    app.get('/gifts', {
      schema: { tags, summary: 'List gifts, newest given first', querystring: listGiftsQuery, response: { 200: giftPage, ...errors } },
      handler: async (req) => {
        const page = await listGifts(db, actorOf(req), req.query);
        return { items: page.items.map(presentGift), nextCursor: page.nextCursor };
      },
    });

    app.post('/gifts', {
      schema: { tags, summary: 'Record a gift to a client', body: createGiftBody, response: { 201: giftResponse, ...errors } },
      handler: async (req, reply) => reply.status(201).send(presentGift(await createGift(db, actorOf(req), req.body, todayOf(clock)))),
    });

    app.get('/gifts/:id', {
      schema: { tags, summary: 'Get a gift', params: idParams, response: { 200: giftResponse, ...errors } },
      handler: async (req) => presentGift(await getGift(db, actorOf(req), req.params.id)),
    });

    app.patch('/gifts/:id', {
      schema: {
        tags,
        summary: "Edit a gift or record the client's response",
        params: idParams,
        body: updateGiftBody,
        response: { 200: giftResponse, ...errors },
      },
      handler: async (req) => presentGift(await updateGift(db, actorOf(req), req.params.id, req.body)),
    });

    app.delete('/gifts/:id', {
      schema: { tags, summary: 'Delete a gift', params: idParams, response: { 204: z.null(), ...errors } },
      handler: async (req, reply) => {
        await deleteGift(db, actorOf(req), req.params.id);
        return reply.status(204).send(null);
      },
    });
  };
}
