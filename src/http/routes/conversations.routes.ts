/** /api/v1/conversations: thin edges over the conversation use cases. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/open-db.ts';
import { createConversation } from '../../domain/conversations/create-conversation.ts';
import { deleteConversation } from '../../domain/conversations/delete-conversation.ts';
import { getConversation } from '../../domain/conversations/get-conversation.ts';
import { listConversations } from '../../domain/conversations/list-conversations.ts';
import { updateConversation } from '../../domain/conversations/update-conversation.ts';
import { presentConversation } from '../../presenters/present-conversation.ts';
import { actorOf } from '../auth-context.ts';
import { errors, idParams } from '../schemas/common.schemas.ts';
import {
  conversationPage,
  conversationResponse,
  createConversationBody,
  listConversationsQuery,
  updateConversationBody,
} from '../schemas/conversations.schemas.ts';

const tags = ['conversations'];

/** Registers list, create, read, edit and delete for conversations. */
export function conversationsRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/conversations', {
      schema: { tags, summary: 'List conversations, newest first', querystring: listConversationsQuery, response: { 200: conversationPage, ...errors } },
      handler: async (req) => {
        const page = await listConversations(db, actorOf(req), req.query);
        return { items: page.items.map(presentConversation), nextCursor: page.nextCursor };
      },
    });

    app.post('/conversations', {
      schema: { tags, summary: 'Record a conversation and its notes', body: createConversationBody, response: { 201: conversationResponse, ...errors } },
      handler: async (req, reply) => reply.status(201).send(presentConversation(await createConversation(db, actorOf(req), req.body))),
    });

    app.get('/conversations/:id', {
      schema: { tags, summary: 'Get a conversation', params: idParams, response: { 200: conversationResponse, ...errors } },
      handler: async (req) => presentConversation(await getConversation(db, actorOf(req), req.params.id)),
    });

    app.patch('/conversations/:id', {
      schema: { tags, summary: 'Edit a conversation', params: idParams, body: updateConversationBody, response: { 200: conversationResponse, ...errors } },
      handler: async (req) => presentConversation(await updateConversation(db, actorOf(req), req.params.id, req.body)),
    });

    app.delete('/conversations/:id', {
      schema: { tags, summary: 'Delete a conversation', params: idParams, response: { 204: z.null(), ...errors } },
      handler: async (req, reply) => {
        await deleteConversation(db, actorOf(req), req.params.id);
        return reply.status(204).send(null);
      },
    });
  };
}
