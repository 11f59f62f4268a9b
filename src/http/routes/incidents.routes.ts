/** /api/v1: incidents and the four steps of the response (acknowledge, explain, prevention, verify). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { todayOf } from '../../domain/clock.ts';
import { createIncident } from '../../domain/incidents/create-incident.ts';
import { getIncident } from '../../domain/incidents/get-incident.ts';
import { listIncidents } from '../../domain/incidents/list-incidents.ts';
import { recordIncidentStep } from '../../domain/incidents/record-incident-step.ts';
import { recordPrevention } from '../../domain/incidents/record-prevention.ts';
import { updateIncident } from '../../domain/incidents/update-incident.ts';
import { presentIncident, presentIncidentSummary } from '../../presenters/present-incident.ts';
import { actorOf } from '../auth-context.ts';
import { errors, idParams } from '../schemas/common.schemas.ts';
import {
  acknowledgeBody,
  createIncidentBody,
  explainBody,
  incidentPage,
  incidentResponse,
  listIncidentsQuery,
  preventionBody,
  updateIncidentBody,
  verifyBody,
} from '../schemas/incidents.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

const tags = ['incidents'];

export function incidentsRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  const { db, clock } = deps;
  return async (app) => {
    app.get('/incidents', {
      schema: { tags, summary: 'List incidents, open ones first (longest waiting first)', querystring: listIncidentsQuery, response: { 200: incidentPage, ...errors } },
      handler: async (req) => {
        const page = await listIncidents(db, actorOf(req), req.query);
        return { items: page.items.map(presentIncidentSummary), nextCursor: page.nextCursor };
      },
    });

    app.post('/incidents', {
      schema: { tags, summary: 'Report an incident', body: createIncidentBody, response: { 201: incidentResponse, ...errors } },
      handler: async (req, reply) => reply.status(201).send(presentIncident(await createIncident(db, actorOf(req), req.body, clock()))),
    });

    app.get('/incidents/:id', {
      schema: { tags, summary: 'Get an incident with its steps and prevention commitment', params: idParams, response: { 200: incidentResponse, ...errors } },
      handler: async (req) => presentIncident(await getIncident(db, actorOf(req), req.params.id, todayOf(clock))),
    });

    app.patch('/incidents/:id', {
      schema: { tags, summary: 'Edit an incident’s account and links', params: idParams, body: updateIncidentBody, response: { 200: incidentResponse, ...errors } },
      handler: async (req) => presentIncident(await updateIncident(db, actorOf(req), req.params.id, req.body, clock())),
    });

    app.post('/incidents/:id/acknowledge', {
      schema: { tags, summary: 'Step 1: record the message that acknowledged it', params: idParams, body: acknowledgeBody, response: { 200: incidentResponse, ...errors } },
      handler: async (req) =>
        presentIncident(await recordIncidentStep(db, actorOf(req), req.params.id, 'acknowledged', { text: req.body.message, at: req.body.at }, clock())),
    });

    app.post('/incidents/:id/explain', {
      schema: { tags, summary: 'Step 2: record what happened and why', params: idParams, body: explainBody, response: { 200: incidentResponse, ...errors } },
      handler: async (req) =>
        presentIncident(await recordIncidentStep(db, actorOf(req), req.params.id, 'explained', { text: req.body.explanation, at: req.body.at }, clock())),
    });

    app.post('/incidents/:id/prevention', {
      schema: { tags, summary: 'Step 3: record the prevention (creates our commitment)', params: idParams, body: preventionBody, response: { 200: incidentResponse, ...errors } },
      handler: async (req) => {
        const { prevention, ...rest } = req.body;
        return presentIncident(await recordPrevention(db, actorOf(req), req.params.id, { text: prevention, ...rest }, clock()));
      },
    });

    app.post('/incidents/:id/verify', {
      schema: { tags, summary: 'Step 4: record that the fix held', params: idParams, body: verifyBody, response: { 200: incidentResponse, ...errors } },
      handler: async (req) =>
        presentIncident(await recordIncidentStep(db, actorOf(req), req.params.id, 'verified', { text: req.body.verification, at: req.body.at }, clock())),
    });
  };
}
