/**
 * /api/v1: what clients did on their pages, for the professional — a need's client activity and the client's
 * suggestions on its problem statement (adopt or set aside), and the member's inbox of notifications.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listNeedClientActs } from '../../domain/client-acts/list-need-client-acts.ts';
import { countUnread, listNotifications } from '../../domain/notifications/list-notifications.ts';
import { markNotificationsRead } from '../../domain/notifications/mark-notifications-read.ts';
import { listSuggestions } from '../../domain/suggestions/list-suggestions.ts';
import { adoptSuggestion, setSuggestionAside } from '../../domain/suggestions/resolve-suggestion.ts';
import { presentClientAct } from '../../presenters/present-client-act.ts';
import { isoOrNull } from '../../presenters/iso.ts';
import { presentProblemStatement } from '../../presenters/present-problem-statement.ts';
import { presentSuggestion } from '../../presenters/present-suggestion.ts';
import { actorOf } from '../auth-context.ts';
import { clientActPage, clientActsQuery } from '../schemas/client-acts.schemas.ts';
import { errors, idParams } from '../schemas/common.schemas.ts';
import { problemStatementResponse } from '../schemas/needs.schemas.ts';
import { markReadBody, notificationPage, notificationsQuery, unreadCount } from '../schemas/notifications.schemas.ts';
import { suggestionList, suggestionParams, suggestionResponse } from '../schemas/suggestions.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

export function clientActivityRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/needs/:id/client-acts', {
      schema: {
        tags: ['needs'],
        summary: 'What the client did on the need’s shared plan, newest first',
        params: idParams,
        querystring: clientActsQuery,
        response: { 200: clientActPage, ...errors },
      },
      handler: async (req) => {
        const page = await listNeedClientActs(db, actorOf(req), req.params.id, req.query);
        return { items: page.items.map(presentClientAct), nextCursor: page.nextCursor };
      },
    });

    app.get('/needs/:id/suggestions', {
      schema: { tags: ['needs'], summary: 'The client’s "not quite…" suggestions, oldest first', params: idParams, response: { 200: suggestionList, ...errors } },
      handler: async (req) => ({ items: (await listSuggestions(db, actorOf(req), req.params.id)).map(presentSuggestion) }),
    });

    app.post('/needs/:id/suggestions/:suggestionId/adopt', {
      schema: {
        tags: ['needs'],
        summary: 'Adopt the client’s words as the next working version of the problem statement',
        params: suggestionParams,
        response: { 201: problemStatementResponse, ...errors },
      },
      handler: async (req, reply) => {
        const added = await adoptSuggestion(db, actorOf(req), req.params.id, req.params.suggestionId, clock());
        return reply.status(201).send(presentProblemStatement(added));
      },
    });

    app.post('/needs/:id/suggestions/:suggestionId/set-aside', {
      schema: { tags: ['needs'], summary: 'Set the suggestion aside', params: suggestionParams, response: { 200: suggestionResponse, ...errors } },
      handler: async (req) => presentSuggestion(await setSuggestionAside(db, actorOf(req), req.params.id, req.params.suggestionId, clock())),
    });

    app.get('/notifications', {
      schema: { tags: ['notifications'], summary: 'Your inbox: what clients did, newest first', querystring: notificationsQuery, response: { 200: notificationPage, ...errors } },
      handler: async (req) => {
        const page = await listNotifications(db, actorOf(req), req.query);
        return {
          items: page.items.map((item) => ({ ...presentClientAct(item), readAt: isoOrNull(item.readAt) })),
          unread: page.unread,
          nextCursor: page.nextCursor,
        };
      },
    });

    app.get('/notifications/count', {
      schema: { tags: ['notifications'], summary: 'How many of your notifications are unread', response: { 200: unreadCount, ...errors } },
      handler: async (req) => ({ unread: await countUnread(db, actorOf(req)) }),
    });

    app.post('/notifications/read', {
      schema: { tags: ['notifications'], summary: 'Mark notifications read: some by id, or all', body: markReadBody, response: { 200: unreadCount, ...errors } },
      handler: async (req) => markNotificationsRead(db, actorOf(req), req.body, clock()),
    });
  };
}
