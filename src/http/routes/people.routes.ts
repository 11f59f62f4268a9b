/** /api/v1/people: thin edges over the people use cases. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/open-db.ts';
import type { Actor } from '../../domain/actor.ts';
import { todayOf, type Clock } from '../../domain/clock.ts';
import { createPerson } from '../../domain/people/create-person.ts';
import { deletePerson } from '../../domain/people/delete-person.ts';
import { getPerson } from '../../domain/people/get-person.ts';
import { listPeople } from '../../domain/people/list-people.ts';
import { withStayInTouch } from '../../domain/people/stay-in-touch.ts';
import { updatePerson } from '../../domain/people/update-person.ts';
import { presentPerson } from '../../presenters/present-person.ts';
import { actorOf } from '../auth-context.ts';
import { errors, idParams } from '../schemas/common.schemas.ts';
import { createPersonBody, getPersonQuery, listPeopleQuery, personPage, personResponse, updatePersonBody } from '../schemas/people.schemas.ts';

const tags = ['people'];
type LoadedPerson = Awaited<ReturnType<typeof getPerson>>;

/**
 * Registers list, create, read, edit and delete for people. `clock` says what "today" is for the
 * stay-in-touch line (a GET may name the caller's own day instead).
 */
export function peopleRoutes(db: Db, clock: Clock): FastifyPluginAsyncZod {
  /** Each person with their stay-in-touch line as of `day` (the clock's day by default), presented. */
  const present = async (actor: Actor, list: LoadedPerson[], day?: string) =>
    (await withStayInTouch(db, actor, list, todayOf(clock, day))).map(presentPerson);
  const presentOne = async (actor: Actor, person: LoadedPerson, day?: string) => (await present(actor, [person], day))[0]!;

  return async (app) => {
    app.get('/people', {
      schema: { tags, summary: 'List or search people', querystring: listPeopleQuery, response: { 200: personPage, ...errors } },
      handler: async (req) => {
        const actor = actorOf(req);
        const page = await listPeople(db, actor, req.query);
        return { items: await present(actor, page.items), nextCursor: page.nextCursor };
      },
    });

    app.post('/people', {
      schema: { tags, summary: 'Add a person', body: createPersonBody, response: { 201: personResponse, ...errors } },
      handler: async (req, reply) => {
        const actor = actorOf(req);
        return reply.status(201).send(await presentOne(actor, await createPerson(db, actor, req.body)));
      },
    });

    app.get('/people/:id', {
      schema: { tags, summary: 'Get a person', params: idParams, querystring: getPersonQuery, response: { 200: personResponse, ...errors } },
      handler: async (req) => {
        const actor = actorOf(req);
        return presentOne(actor, await getPerson(db, actor, req.params.id), req.query.date);
      },
    });

    app.patch('/people/:id', {
      schema: { tags, summary: 'Edit a person', params: idParams, body: updatePersonBody, response: { 200: personResponse, ...errors } },
      handler: async (req) => {
        const actor = actorOf(req);
        return presentOne(actor, await updatePerson(db, actor, req.params.id, req.body));
      },
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
