/** /api/v1/organizations: thin edges over the organisation use cases. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/open-db.ts';
import { createOrganization } from '../../domain/organizations/create-organization.ts';
import { deleteOrganization } from '../../domain/organizations/delete-organization.ts';
import { getOrganization } from '../../domain/organizations/get-organization.ts';
import { listOrganizations } from '../../domain/organizations/list-organizations.ts';
import { updateOrganization } from '../../domain/organizations/update-organization.ts';
import { presentOrganization } from '../../presenters/present-organization.ts';
import { actorOf } from '../auth-context.ts';
import { errors, idParams } from '../schemas/common.schemas.ts';
import {
  createOrganizationBody,
  listOrganizationsQuery,
  organizationPage,
  organizationResponse,
  updateOrganizationBody,
} from '../schemas/organizations.schemas.ts';

const tags = ['organizations'];

/** Registers list, create, read, edit and delete for organisations. */
export function organizationsRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/organizations', {
      schema: { tags, summary: 'List or search organisations', querystring: listOrganizationsQuery, response: { 200: organizationPage, ...errors } },
      handler: async (req) => {
        const page = await listOrganizations(db, actorOf(req), req.query);
        return { items: page.items.map(presentOrganization), nextCursor: page.nextCursor };
      },
    });

    app.post('/organizations', {
      schema: { tags, summary: 'Add an organisation', body: createOrganizationBody, response: { 201: organizationResponse, ...errors } },
      handler: async (req, reply) => reply.status(201).send(presentOrganization(await createOrganization(db, actorOf(req), req.body))),
    });

    app.get('/organizations/:id', {
      schema: { tags, summary: 'Get an organisation', params: idParams, response: { 200: organizationResponse, ...errors } },
      handler: async (req) => presentOrganization(await getOrganization(db, actorOf(req), req.params.id)),
    });

    app.patch('/organizations/:id', {
      schema: { tags, summary: 'Edit an organisation', params: idParams, body: updateOrganizationBody, response: { 200: organizationResponse, ...errors } },
      handler: async (req) => presentOrganization(await updateOrganization(db, actorOf(req), req.params.id, req.body)),
    });

    app.delete('/organizations/:id', {
      schema: { tags, summary: 'Delete an organisation (its people stay)', params: idParams, response: { 204: z.null(), ...errors } },
      handler: async (req, reply) => {
        await deleteOrganization(db, actorOf(req), req.params.id);
        return reply.status(204).send(null);
      },
    });
  };
}
