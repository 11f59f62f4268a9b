/** /api/v1/people: thin edges over the people use cases. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/open-db.ts';
import { createPerson } from '../../domain/people/create-person.ts';
import { deletePerson } from '../../domain/people/delete-person.ts';
import { getPerson } from '../../domain/people/get-person.ts';
import { listPeople } from '../../domain/people/list-people.ts';
import { updatePerson } from '../../domain/people/update-person.ts';
import { presentPerson } from '../../presenters/present-person.ts';
import { actorOf } from '../auth-context.ts';
import { errors, idParams } from '../schemas/common.schemas.ts';
import { createPersonBody, listPeopleQuery, personPage, personResponse, updatePersonBody } from '../schemas/people.schemas.ts';

const tags = ['people'];

export function peopleRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/people', {
      schema: { tags, summary: 'List or search people', querystring: listPeopleQuery, response: { 200: personPage, ...errors } },
      handler: async (req) => {
        const page = await listPeople(db, actorOf(req), req.query);
        return { items: page.items.map(presentPerson), nextCursor: page.nextCursor };
      },
    });

    app.post('/people', {
      schema: { tags, summary: 'Add a person', body: createPersonBody, response: { 201: personResponse, ...errors } },
      handler: async (req, reply) => reply.status(201).send(presentPerson(await createPerson(db, actorOf(req), req.body))),
    });

    app.get('/people/:id', {
      schema: { tags, summary: 'Get a person', params: idParams, response: { 200: personResponse, ...errors } },
      handler: async (req) => presentPerson(await getPerson(db, actorOf(req), req.params.id)),
    });

    app.patch('/people/:id', {
      schema: { tags, summary: 'Edit a person', params: idParams, body: updatePersonBody, response: { 200: personResponse, ...errors } },
      handler: async (req) => presentPerson(await updatePerson(db, actorOf(req), req.params.id, req.body)),
    });

    app.delete('/people/:id', {
      schema: { tags, summary: 'Delete a person', params: idParams, response: { 204: z.null(), ...errors } },
      handler: async (req, reply) => {
        await deletePerson(db, actorOf(req), req.params.id);
        return reply.status(204).send(null);
      },
    });
  };
}
