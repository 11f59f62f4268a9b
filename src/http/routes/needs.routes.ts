/** /api/v1: needs, problem statements, the client's decision journey and outcomes — thin edges over the use cases. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayOf } from '../../domain/clock.ts';
import { addJourneySteps } from '../../domain/needs/add-journey-steps.ts';
import { addProblemStatement } from '../../domain/needs/add-problem-statement.ts';
import { confirmProblemStatement } from '../../domain/needs/confirm-problem-statement.ts';
import { createNeed } from '../../domain/needs/create-need.ts';
import { deleteJourneyStep } from '../../domain/needs/delete-journey-step.ts';
import { getNeed } from '../../domain/needs/get-need.ts';
import { journeyTemplate } from '../../domain/needs/journey-template.ts';
import { listNeeds } from '../../domain/needs/list-needs.ts';
import { listProblemStatements } from '../../domain/needs/list-problem-statements.ts';
import { recordOutcome } from '../../domain/needs/record-outcome.ts';
import { reopenNeed } from '../../domain/needs/reopen-need.ts';
import { reorderJourneySteps } from '../../domain/needs/reorder-journey-steps.ts';
import { updateJourneyStep } from '../../domain/needs/update-journey-step.ts';
import { updateNeed } from '../../domain/needs/update-need.ts';
import { presentJourneyStep } from '../../presenters/present-journey-step.ts';
import { presentNeed, presentNeedSummary } from '../../presenters/present-need.ts';
import { presentConfirmation, presentProblemStatement } from '../../presenters/present-problem-statement.ts';
import { actorOf } from '../auth-context.ts';
import { errors } from '../schemas/common.schemas.ts';
import {
  confirmBody,
  confirmationResponse,
  createNeedBody,
  createStatementBody,
  createStepBody,
  createStepsBody,
  journeyStepList,
  journeyStepResponse,
  journeyTemplateResponse,
  listNeedsQuery,
  needPage,
  needParams,
  needResponse,
  outcomeBody,
  problemStatementList,
  problemStatementResponse,
  reorderStepsBody,
  statementParams,
  stepParams,
  updateNeedBody,
  updateStepBody,
} from '../schemas/needs.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

const tags = ['needs'];

/** Registers needs, their problem statements, journeys and outcomes, and the journey template. */
export function needsRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  const today = () => todayOf(clock);
  return async (app) => {
    app.get('/needs', {
      schema: { tags, summary: 'List needs, newest first', querystring: listNeedsQuery, response: { 200: needPage, ...errors } },
      handler: async (req) => {
        const page = await listNeeds(db, actorOf(req), req.query, today());
        return { items: page.items.map(presentNeedSummary), nextCursor: page.nextCursor };
      },
    });

    app.post('/needs', {
      schema: { tags, summary: 'Write down a need', body: createNeedBody, response: { 201: needResponse, ...errors } },
      handler: async (req, reply) => reply.status(201).send(presentNeed(await createNeed(db, actorOf(req), req.body, today()))),
    });

    app.get('/needs/:id', {
      schema: { tags, summary: 'Get a need with its statement, journey and health', params: needParams, response: { 200: needResponse, ...errors } },
      handler: async (req) => presentNeed(await getNeed(db, actorOf(req), req.params.id, today())),
    });

    app.patch('/needs/:id', {
      schema: { tags, summary: 'Edit a need', params: needParams, body: updateNeedBody, response: { 200: needResponse, ...errors } },
      handler: async (req) => presentNeed(await updateNeed(db, actorOf(req), req.params.id, req.body, today())),
    });

    app.get('/needs/:id/problem-statements', {
      schema: { tags, summary: 'Every version of the problem statement', params: needParams, response: { 200: problemStatementList, ...errors } },
      handler: async (req) => ({ items: (await listProblemStatements(db, actorOf(req), req.params.id)).map(presentProblemStatement) }),
    });

    app.post('/needs/:id/problem-statements', {
      schema: {
        tags,
        summary: 'Add a version of the problem statement',
        params: needParams,
        body: createStatementBody,
        response: { 201: problemStatementResponse, ...errors },
      },
      handler: async (req, reply) =>
        reply.status(201).send(presentProblemStatement(await addProblemStatement(db, actorOf(req), req.params.id, req.body))),
    });

    app.post('/needs/:id/problem-statements/:version/confirm', {
      schema: {
        tags,
        summary: 'Record that the client confirmed a version',
        params: statementParams,
        body: confirmBody,
        response: { 201: confirmationResponse, ...errors },
      },
      handler: async (req, reply) => {
        const { id, version } = req.params;
        return reply.status(201).send(presentConfirmation(await confirmProblemStatement(db, actorOf(req), id, version, req.body, clock())));
      },
    });

    app.post('/needs/:id/outcome', {
      schema: { tags, summary: 'Close the need with its honest outcome', params: needParams, body: outcomeBody, response: { 200: needResponse, ...errors } },
      handler: async (req) => presentNeed(await recordOutcome(db, actorOf(req), req.params.id, req.body, clock())),
    });

    app.post('/needs/:id/reopen', {
      schema: { tags, summary: 'Reopen a closed need (clears its outcome)', params: needParams, response: { 200: needResponse, ...errors } },
      handler: async (req) => presentNeed(await reopenNeed(db, actorOf(req), req.params.id, today())),
    });

    app.post('/needs/:id/journey-steps', {
      schema: { tags, summary: 'Add a step at the end of the journey', params: needParams, body: createStepBody, response: { 201: journeyStepResponse, ...errors } },
      handler: async (req, reply) => {
        const [step] = await addJourneySteps(db, actorOf(req), req.params.id, [req.body], today());
        return reply.status(201).send(presentJourneyStep(step!));
      },
    });

    app.post('/needs/:id/journey-steps/batch', {
      schema: { tags, summary: 'Add several steps at once (all or none)', params: needParams, body: createStepsBody, response: { 201: journeyStepList, ...errors } },
      handler: async (req, reply) => {
        const steps = await addJourneySteps(db, actorOf(req), req.params.id, req.body.steps, today());
        return reply.status(201).send({ items: steps.map(presentJourneyStep) });
      },
    });

    app.put('/needs/:id/journey-steps/order', {
      schema: { tags, summary: 'Put the journey’s steps in a new order', params: needParams, body: reorderStepsBody, response: { 200: journeyStepList, ...errors } },
      handler: async (req) => ({
        items: (await reorderJourneySteps(db, actorOf(req), req.params.id, req.body.stepIds, today())).map(presentJourneyStep),
      }),
    });

    app.patch('/needs/:id/journey-steps/:stepId', {
      schema: { tags, summary: 'Edit a journey step', params: stepParams, body: updateStepBody, response: { 200: journeyStepResponse, ...errors } },
      handler: async (req) => {
        const { id, stepId } = req.params;
        return presentJourneyStep(await updateJourneyStep(db, actorOf(req), id, stepId, req.body, today()));
      },
    });

    app.delete('/needs/:id/journey-steps/:stepId', {
      schema: { tags, summary: 'Remove a journey step', params: stepParams, response: { 204: z.null(), ...errors } },
      handler: async (req, reply) => {
        await deleteJourneyStep(db, actorOf(req), req.params.id, req.params.stepId);
        return reply.status(204).send(null);
      },
    });

    app.get('/journey-template', {
      schema: { tags, summary: 'A starting template for a typical professional-services decision', response: { 200: journeyTemplateResponse, ...errors } },
      handler: async () => ({ steps: journeyTemplate.map((s) => ({ ...s })) }),
    });
  };
}
