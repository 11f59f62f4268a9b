/** Schemas shared by several routes: ids, paging, errors, and the stamps every record carries. */
import { z } from 'zod';
import { limits } from '../../common/limits.ts';

export const idParams = z.object({ id: z.uuid().describe('The record id (UUID).') });

export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(limits.pageSizeMax)
    .default(limits.pageSizeDefault)
    .describe(`Page size, 1–${limits.pageSizeMax}.`),
  cursor: z.string().max(500).optional().describe('The nextCursor from the previous page.'),
};

export const errorResponse = z
  .object({
    error: z.object({
      code: z.string().describe('Stable snake_case code, e.g. validation_failed, not_found, version_conflict.'),
      message: z.string().describe('What went wrong and what to fix, for people.'),
      details: z.unknown().optional(),
    }),
  })
  .describe('Every error has this shape.');

export const stamps = {
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  createdBy: z.uuid().nullable(),
  version: z.int().describe('Send it back with a PATCH; a stale version is refused with 409.'),
};

export const versionField = z.int().min(1).describe('The version you loaded; the update is refused with 409 if it changed since.');

export const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};

/** For the few routes that refuse well-formed input on its meaning (e.g. a generic follow-up). */
export const unprocessable = { 422: errorResponse };

/** A calendar day, YYYY-MM-DD (due dates, target dates, the day a gift was given). */
export const isoDay = z.iso.date().describe('A calendar day, YYYY-MM-DD.');

export const optionalText = (max: number) => z.string().max(max).nullable().optional();
export const nonBlank = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
