/**
 * /api/v1/share-links: share a need's plan or a conversation's recap with one client person, see who has
 * opened what, and revoke, extend, re-address or re-send a link (decision 024). A page's address is in the
 * answer that creates it and nowhere else: Yellowpad keeps only a hash of its secret.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMailer } from '../../domain/email/email-off.ts';
import { AppError } from '../../domain/errors.ts';
import { createShareLink } from '../../domain/sharing/create-share-link.ts';
import { emailShareLink } from '../../domain/sharing/email-share-link.ts';
import { listShareLinks } from '../../domain/sharing/list-share-links.ts';
import { renewShareAddress } from '../../domain/sharing/renew-share-address.ts';
import { revokeShareLink } from '../../domain/sharing/revoke-share-link.ts';
import { sharePagePath } from '../../domain/sharing/share-token.ts';
import { updateShareLink } from '../../domain/sharing/update-share-link.ts';
import { presentShareAddress, presentShareLink } from '../../presenters/present-share-link.ts';
import { actorOf } from '../auth-context.ts';
import { errorResponse, errors, idParams, unprocessable } from '../schemas/common.schemas.ts';
import {
  createShareLinkBody,
  listShareLinksQuery,
  shareEmailBody,
  sharedAddressResponse,
  shareLinkList,
  shareLinkResponse,
  updateShareLinkBody,
} from '../schemas/share-links.schemas.ts';
import { baseUrlOf, type RouteDeps } from './route-deps.ts';

const tags = ['share links'];
const mailErrors = { 502: errorResponse, 503: errorResponse };

export function shareLinksRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  const { db, clock, mailer } = deps;
  return async (app) => {
    app.post('/share-links', {
      schema: {
        tags,
        summary: 'Share a need’s plan or a conversation’s recap with one client person',
        body: createShareLinkBody,
        response: { 201: sharedAddressResponse, ...errors, ...unprocessable, ...mailErrors },
      },
      handler: async (req, reply) => {
        const actor = actorOf(req);
        const { email, ...input } = req.body;
        // Refused before anything is stored, so "share and email" never leaves a link nobody was sent.
        if (email) requireMailer(mailer);
        const created = await createShareLink(db, actor, input, clock());
        const urlOf = (token: string) => `${baseUrlOf(deps, req)}${sharePagePath(token)}`;
        let view = created.view;
        let emailedTo: string | null = null;
        let emailError: string | undefined;
        if (email) {
          try {
            const sent = await emailShareLink(db, actor, mailer, view.link.id, email, { urlOf, now: clock(), token: created.token });
            view = sent.view;
            emailedTo = sent.emailedTo;
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            emailError = err.message;
          }
        }
        return reply.status(201).send(presentShareAddress(view, urlOf(created.token), emailedTo, emailError));
      },
    });

    app.get('/share-links', {
      schema: { tags, summary: 'A need’s, a conversation’s or a person’s share links, newest first', querystring: listShareLinksQuery, response: { 200: shareLinkList, ...errors } },
      handler: async (req) => ({ items: (await listShareLinks(db, actorOf(req), req.query, clock())).map(presentShareLink) }),
    });

    app.post('/share-links/:id/revoke', {
      schema: { tags, summary: 'Stop the link working, at once (twice is harmless)', params: idParams, response: { 200: shareLinkResponse, ...errors } },
      handler: async (req) => presentShareLink(await revokeShareLink(db, actorOf(req), req.params.id, clock())),
    });

    app.patch('/share-links/:id', {
      schema: { tags, summary: 'Change when the link stops working', params: idParams, body: updateShareLinkBody, response: { 200: shareLinkResponse, ...errors } },
      handler: async (req) => presentShareLink(await updateShareLink(db, actorOf(req), req.params.id, req.body, clock())),
    });

    app.post('/share-links/:id/new-address', {
      schema: {
        tags,
        summary: 'Give the link a new secret address (the old one stops working)',
        params: idParams,
        response: { 200: sharedAddressResponse, ...errors },
      },
      handler: async (req) => {
        const renewed = await renewShareAddress(db, actorOf(req), req.params.id, clock());
        return presentShareAddress(renewed.view, `${baseUrlOf(deps, req)}${sharePagePath(renewed.token)}`, null);
      },
    });

    app.post('/share-links/:id/email', {
      schema: {
        tags,
        summary: 'Email the link to its person again (with a new address; the old one stops working)',
        params: idParams,
        body: shareEmailBody,
        response: { 200: sharedAddressResponse, ...errors, ...mailErrors },
      },
      handler: async (req) => {
        const urlOf = (token: string) => `${baseUrlOf(deps, req)}${sharePagePath(token)}`;
        const sent = await emailShareLink(db, actorOf(req), mailer, req.params.id, req.body, { urlOf, now: clock() });
        return presentShareAddress(sent.view, urlOf(sent.token), sent.emailedTo);
      },
    });
  };
}
