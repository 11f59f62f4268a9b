/** /api/v1: a conversation's transcript with its listening analysis, and a member's listening trend. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteTranscript } from '../../domain/transcripts/delete-transcript.ts';
import { getTranscript } from '../../domain/transcripts/get-transcript.ts';
import { listMemberListening } from '../../domain/transcripts/list-member-listening.ts';
import { saveTranscript } from '../../domain/transcripts/save-transcript.ts';
import { updateTranscriptSpeakers } from '../../domain/transcripts/update-transcript-speakers.ts';
import { presentListeningTrend } from '../../presenters/present-listening-trend.ts';
import { presentTranscript } from '../../presenters/present-transcript.ts';
import { actorOf } from '../auth-context.ts';
import { errors, unprocessable } from '../schemas/common.schemas.ts';
import {
  conversationParams,
  listeningQuery,
  memberListening,
  memberParams,
  saveTranscriptBody,
  transcriptView,
  updateSpeakersBody,
} from '../schemas/transcripts.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

const tags = ['transcripts'];
const path = '/conversations/:conversationId/transcript';
/** A 2,000,000-character transcript as JSON, with room for escaped characters. */
const transcriptBodyLimit = 4 * 1024 * 1024;

export function transcriptsRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(path, {
      schema: { tags, summary: 'Get a conversation’s transcript and its listening analysis', params: conversationParams, response: { 200: transcriptView, ...errors, ...unprocessable } },
      handler: async (req) => presentTranscript(await getTranscript(db, actorOf(req), req.params.conversationId)),
    });

    app.put(path, {
      bodyLimit: transcriptBodyLimit,
      schema: {
        tags,
        summary: 'Upload or paste a conversation’s transcript (replacing one needs its version)',
        params: conversationParams,
        body: saveTranscriptBody,
        response: { 200: transcriptView, 201: transcriptView, ...errors, ...unprocessable },
      },
      handler: async (req, reply) => {
        const { view, created } = await saveTranscript(db, actorOf(req), req.params.conversationId, req.body);
        return reply.status(created ? 201 : 200).send(presentTranscript(view));
      },
    });

    app.patch(`${path}/speakers`, {
      schema: {
        tags,
        summary: 'Say who the transcript’s speakers are (side, team member, client’s person); the analysis is recomputed',
        params: conversationParams,
        body: updateSpeakersBody,
        response: { 200: transcriptView, ...errors, ...unprocessable },
      },
      handler: async (req) => presentTranscript(await updateTranscriptSpeakers(db, actorOf(req), req.params.conversationId, req.body)),
    });

    app.delete(path, {
      schema: { tags, summary: 'Delete a conversation’s transcript', params: conversationParams, response: { 204: z.null(), ...errors } },
      handler: async (req, reply) => {
        await deleteTranscript(db, actorOf(req), req.params.conversationId);
        return reply.status(204).send(null);
      },
    });

    app.get('/members/:memberId/listening', {
      schema: {
        tags,
        summary: 'A team member’s latest calls with a transcript: their talk share, questions and monologues, with averages',
        params: memberParams,
        querystring: listeningQuery,
        response: { 200: memberListening, ...errors },
      },
      handler: async (req) => presentListeningTrend(await listMemberListening(db, actorOf(req), req.params.memberId, req.query.limit)),
    });
  };
}
