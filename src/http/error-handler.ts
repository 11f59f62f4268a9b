/**
 * Translates every failure into one JSON shape, `{error: {code, message, details}}`, with the status
 * fixed by the code. Internals (stack traces, SQL) never leave the server; they go to the log.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorStatus, type ErrorCode } from '../domain/errors.ts';

export function sendError(reply: FastifyReply, code: ErrorCode, message: string, details?: unknown) {
  return reply.status(errorStatus[code]).send({ error: { code, message, ...(details === undefined ? {} : { details }) } });
}

/** Turns zod issues into `{fields: {"emails.0": "Invalid email address"}}`, naming what to fix. */
function validationDetails(err: FastifyError) {
  const fields: Record<string, string> = {};
  for (const v of err.validation ?? []) {
    const issue = (v.params as { issue?: { path?: PropertyKey[]; message?: string } } | undefined)?.issue;
    const path = issue?.path?.length ? issue.path.map(String).join('.') : v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(body)';
    fields[path] ??= issue?.message ?? v.message ?? 'is invalid';
  }
  return { in: err.validationContext, fields };
}

function describeFields(fields: Record<string, string>): string {
  const list = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
  return `Check these fields: ${list.join('; ')}.`;
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) return sendError(reply, err.code, err.message, err.details);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = validationDetails(err);
      return sendError(reply, 'validation_failed', describeFields(details.fields), details);
    }
    if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return sendError(reply, 'invalid_json', 'The request body is not valid JSON. Send a JSON object.');
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 'payload_too_large', 'The request body is too large.');
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendError(reply, 'unsupported_media_type', 'Send the body as application/json.');
    }
    if (err.statusCode === 429) return sendError(reply, 'rate_limited', 'Too many attempts. Wait a minute and try again.');
    request.log.error({ err }, 'unhandled error');
    return sendError(reply, 'internal_error', 'Something went wrong on the server. It has been logged; try again.');
  });
}
