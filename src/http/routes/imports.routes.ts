/**
 * /api/v1/imports: upload a contacts file (the raw bytes as the request body), preview it with the detected
 * or corrected column mapping, start it in the background, follow its progress, cancel it.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Readable } from 'node:stream';
import { cancelImportJob } from '../../domain/import-jobs/cancel-import-job.ts';
import { getImportJob } from '../../domain/import-jobs/get-import-job.ts';
import { listImportJobs } from '../../domain/import-jobs/list-import-jobs.ts';
import { previewImportJob } from '../../domain/import-jobs/preview-import-job.ts';
import { startImportJob } from '../../domain/import-jobs/start-import-job.ts';
import { uploadImportFile } from '../../domain/import-jobs/upload-import-file.ts';
import type { ColumnMapping } from '../../importing/column-mapping.ts';
import { presentImportJob, presentImportPreview } from '../../presenters/present-import.ts';
import { actorOf } from '../auth-context.ts';
import { errorResponse, errors, idParams } from '../schemas/common.schemas.ts';
import { cancelBody, importJob, importJobList, importPreview, previewBody, startBody, uploadQuery, uploadResult } from '../schemas/imports.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

const tags = ['imports'];
/** The content types an upload may be sent as; the body is streamed, never parsed. */
const fileTypes = ['application/octet-stream', 'text/csv', 'text/vcard', 'text/x-vcard', 'text/plain', 'application/zip'];

export function importsRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.addContentTypeParser(fileTypes, (_req, payload, done) => done(null, payload));

    app.post('/imports', {
      schema: {
        tags,
        summary: 'Upload a contacts file (vCard, CSV from HubSpot, Salesforce, Google, Outlook, Thunderbird…, or a Yellowpad export) as the raw request body; returns the import and its preview',
        querystring: uploadQuery,
        response: { 201: uploadResult, ...errors, 413: errorResponse, 415: errorResponse },
      },
      handler: async (req, reply) => {
        const actor = actorOf(req);
        const job = await uploadImportFile(db, actor, { fileName: req.query.fileName, body: req.body as Readable });
        const preview = await previewImportJob(db, actor, job.id);
        return reply.status(201).send({ job: presentImportJob(job), preview: presentImportPreview(preview) });
      },
    });

    app.get('/imports', {
      schema: { tags, summary: 'The firm’s recent imports, newest first', response: { 200: importJobList, ...errors } },
      handler: async (req) => ({ items: (await listImportJobs(db, actorOf(req))).map(presentImportJob) }),
    });

    app.get('/imports/:id', {
      schema: { tags, summary: 'An import: its status, progress, counts and row errors', params: idParams, response: { 200: importJob, ...errors } },
      handler: async (req) => presentImportJob(await getImportJob(db, actorOf(req), req.params.id)),
    });

    app.post('/imports/:id/preview', {
      schema: {
        tags,
        summary: 'Preview an uploaded file again with another format or a corrected column mapping',
        params: idParams,
        body: previewBody,
        response: { 200: importPreview, ...errors },
      },
      handler: async (req) =>
        presentImportPreview(await previewImportJob(db, actorOf(req), req.params.id, { format: req.body.format, mapping: req.body.mapping as ColumnMapping | undefined })),
    });

    app.post('/imports/:id/start', {
      schema: { tags, summary: 'Start the import in the background with the confirmed format and mapping', params: idParams, body: startBody, response: { 202: importJob, ...errors } },
      handler: async (req, reply) => {
        const job = await startImportJob(db, actorOf(req), req.params.id, { ...req.body, mapping: req.body.mapping as ColumnMapping | undefined });
        deps.importWorker?.wake();
        return reply.status(202).send(presentImportJob(job));
      },
    });

    app.post('/imports/:id/cancel', {
      schema: {
        tags,
        summary: 'Cancel an import: before it starts, nothing is imported; while it runs, it stops after the batch in hand',
        params: idParams,
        body: cancelBody,
        response: { 200: importJob, ...errors },
      },
      handler: async (req) => presentImportJob(await cancelImportJob(db, actorOf(req), req.params.id, req.body.version)),
    });
  };
}
