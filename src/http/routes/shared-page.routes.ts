/**
 * /api/v1/shared/{token}: the client's page (issue 11). No session — the token in the path is the only key,
 * and it names exactly one person and one subject, so nothing here can reach anything else of the firm.
 * Unknown addresses answer 404, expired or revoked ones 410, and guessing is slowed per IP.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkInOnPage } from '../../domain/client-page/check-in-on-page.ts';
import { commentOnPage } from '../../domain/client-page/comment-on-page.ts';
import { completeStepOnPage } from '../../domain/client-page/complete-step-on-page.ts';
import { confirmOnPage } from '../../domain/client-page/confirm-on-page.ts';
import { getSharedPage } from '../../domain/client-page/get-shared-page.ts';
import { openShareLink } from '../../domain/client-page/open-share-link.ts';
import type { ActContext } from '../../domain/client-page/record-client-act.ts';
import { replyToRecap } from '../../domain/client-page/reply-to-recap.ts';
import { suggestOnPage } from '../../domain/client-page/suggest-on-page.ts';
import { iso } from '../../presenters/iso.ts';
import { presentSharedPage } from '../../presenters/present-shared-page.ts';
import { errorResponse, errors, unprocessable } from '../schemas/common.schemas.ts';
import {
  checkInBody,
  checkInResponse,
  commentOnPageBody,
  commentOnPageResponse,
  confirmOnPageBody,
  confirmOnPageResponse,
  recapReplyBody,
  recapReplyResponse,
  sharedPageResponse,
  sharedStepResponse,
  stepTokenParams,
  suggestOnPageBody,
  suggestOnPageResponse,
  tokenParams,
} from '../schemas/shared-page.schemas.ts';
import { shareLookupGuard } from '../share-lookup-guard.ts';
import type { RouteDeps } from './route-deps.ts';

const tags = ['shared page'];
const pageErrors = { ...errors, ...unprocessable, 410: errorResponse, 429: errorResponse };
/** Per address and IP: plenty for a person working through their page, little for a script. */
const actLimit = { max: 30, timeWindow: '1 minute' };
const config = { public: true, rateLimit: actLimit };

export function sharedPageRoutes({ db, clock, mailer, shareLookups }: RouteDeps): FastifyPluginAsyncZod {
  const lookups = shareLookups ?? shareLookupGuard();
  const context = (): ActContext => ({ now: clock(), emailOn: mailer !== undefined });
  return async (app) => {
    app.get('/shared/:token', {
      config: { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: { tags, summary: 'What was shared with this person (counts as an open)', params: tokenParams, response: { 200: sharedPageResponse, ...pageErrors } },
      handler: async (req) => {
        const now = clock();
        const link = await lookups.guard(req.ip, () => openShareLink(db, req.params.token, now));
        return presentSharedPage(await getSharedPage(db, link, now));
      },
    });

    app.post('/shared/:token/confirm', {
      config,
      schema: { tags, summary: '"Yes, that\'s it": confirm this version of the problem statement', params: tokenParams, body: confirmOnPageBody, response: { 201: confirmOnPageResponse, ...pageErrors } },
      handler: async (req, reply) => {
        const done = await lookups.guard(req.ip, () => confirmOnPage(db, req.params.token, req.body.version, context()));
        return reply.status(201).send({ version: done.version, confirmedAt: iso(done.confirmedAt) });
      },
    });

    app.post('/shared/:token/suggest', {
      config,
      schema: { tags, summary: '"Not quite…": say it in your own words', params: tokenParams, body: suggestOnPageBody, response: { 201: suggestOnPageResponse, ...pageErrors } },
      handler: async (req, reply) => {
        const row = await lookups.guard(req.ip, () => suggestOnPage(db, req.params.token, req.body, context()));
        return reply.status(201).send({ id: row.id, text: row.text, at: iso(row.at) });
      },
    });

    app.post('/shared/:token/steps/:stepId/complete', {
      config,
      schema: { tags, summary: 'Tick off one of your own steps', params: stepTokenParams, response: { 200: sharedStepResponse, ...pageErrors } },
      handler: async (req) => {
        const step = await lookups.guard(req.ip, () => completeStepOnPage(db, req.params.token, req.params.stepId, context()));
        return { id: step.id, title: step.title, owner: step.ownerSide, targetDate: step.targetOn, status: step.status };
      },
    });

    app.post('/shared/:token/comments', {
      config,
      schema: { tags, summary: 'Comment on the plan or on one step', params: tokenParams, body: commentOnPageBody, response: { 201: commentOnPageResponse, ...pageErrors } },
      handler: async (req, reply) => {
        const row = await lookups.guard(req.ip, () => commentOnPage(db, req.params.token, req.body, context()));
        return reply.status(201).send({ id: row.id, stepId: row.stepId, text: row.text, at: iso(row.at) });
      },
    });

    app.post('/shared/:token/recap-reply', {
      config,
      schema: { tags, summary: 'Answer "what I heard"', params: tokenParams, body: recapReplyBody, response: { 201: recapReplyResponse, ...pageErrors } },
      handler: async (req, reply) => {
        const row = await lookups.guard(req.ip, () => replyToRecap(db, req.params.token, req.body, context()));
        return reply.status(201).send({ agrees: row.agrees, correction: row.correction, at: iso(row.at) });
      },
    });

    app.post('/shared/:token/check-in', {
      config,
      schema: { tags, summary: 'Say how much you trust us (four statements, 1–7)', params: tokenParams, body: checkInBody, response: { 201: checkInResponse, ...pageErrors } },
      handler: async (req, reply) => {
        const row = await lookups.guard(req.ip, () => checkInOnPage(db, req.params.token, req.body, context()));
        return reply.status(201).send({ at: iso(row.at) });
      },
    });
  };
}
