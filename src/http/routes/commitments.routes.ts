/** /api/v1: commitments both ways (record, list, edit, keep, renegotiate, break) and reliability figures. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { todayOf } from '../../domain/clock.ts';
import { breakCommitment } from '../../domain/commitments/break-commitment.ts';
import { createCommitment } from '../../domain/commitments/create-commitment.ts';
import { getCommitment } from '../../domain/commitments/get-commitment.ts';
import { keepCommitment } from '../../domain/commitments/keep-commitment.ts';
import { listCommitments } from '../../domain/commitments/list-commitments.ts';
import { renegotiateCommitment } from '../../domain/commitments/renegotiate-commitment.ts';
import { updateCommitment } from '../../domain/commitments/update-commitment.ts';
import { getReliability } from '../../domain/reliability/get-reliability.ts';
import { presentCommitment } from '../../presenters/present-commitment.ts';
import { actorOf } from '../auth-context.ts';
import {
  breakCommitmentBody,
  commitmentPage,
  commitmentResponse,
  createCommitmentBody,
  keepCommitmentBody,
  listCommitmentsQuery,
  renegotiateCommitmentBody,
  updateCommitmentBody,
} from '../schemas/commitments.schemas.ts';
import { errors, idParams } from '../schemas/common.schemas.ts';
import { reliabilityQuery, reliabilityResponse } from '../schemas/reliability.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

const tags = ['commitments'];

export function commitmentsRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  const { db, clock } = deps;
  const today = () => todayOf(clock);
  return async (app) => {
    app.get('/commitments', {
      schema: { tags, summary: 'List commitments (open ones soonest due first, others newest first)', querystring: listCommitmentsQuery, response: { 200: commitmentPage, ...errors } },
      handler: async (req) => {
        const page = await listCommitments(db, actorOf(req), { ...req.query, overdue: req.query.overdue === 'true' }, today());
        return { items: page.items.map(presentCommitment), nextCursor: page.nextCursor };
      },
    });

    app.post('/commitments', {
      schema: { tags, summary: 'Record a commitment, ours or the client’s', body: createCommitmentBody, response: { 201: commitmentResponse, ...errors } },
      handler: async (req, reply) => reply.status(201).send(presentCommitment(await createCommitment(db, actorOf(req), req.body, today()))),
    });

    app.get('/commitments/:id', {
      schema: { tags, summary: 'Get a commitment with its renegotiation history', params: idParams, response: { 200: commitmentResponse, ...errors } },
      handler: async (req) => presentCommitment(await getCommitment(db, actorOf(req), req.params.id, today())),
    });

    app.patch('/commitments/:id', {
      schema: { tags, summary: 'Edit what a commitment says and links to', params: idParams, body: updateCommitmentBody, response: { 200: commitmentResponse, ...errors } },
      handler: async (req) => presentCommitment(await updateCommitment(db, actorOf(req), req.params.id, req.body, today())),
    });

    app.post('/commitments/:id/keep', {
      schema: { tags, summary: 'Mark a commitment kept', params: idParams, body: keepCommitmentBody, response: { 200: commitmentResponse, ...errors } },
      handler: async (req) => presentCommitment(await keepCommitment(db, actorOf(req), req.params.id, req.body, clock())),
    });

    app.post('/commitments/:id/renegotiate', {
      schema: { tags, summary: 'Agree a new date, before the date in force', params: idParams, body: renegotiateCommitmentBody, response: { 200: commitmentResponse, ...errors } },
      handler: async (req) => presentCommitment(await renegotiateCommitment(db, actorOf(req), req.params.id, req.body, today())),
    });

    app.post('/commitments/:id/break', {
      schema: { tags, summary: 'Record that a commitment was broken, and why', params: idParams, body: breakCommitmentBody, response: { 200: commitmentResponse, ...errors } },
      handler: async (req) => presentCommitment(await breakCommitment(db, actorOf(req), req.params.id, req.body, clock())),
    });

    app.get('/reliability', {
      schema: { tags: ['reliability'], summary: 'Promises kept, both ways, over a window, with the evidence behind each count', querystring: reliabilityQuery, response: { 200: reliabilityResponse, ...errors } },
      handler: async (req) => getReliability(db, actorOf(req), req.query, today()),
    });
  };
}
