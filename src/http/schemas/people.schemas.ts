/** Request and response schemas for people; they validate requests and write the OpenAPI document. */
import { z } from 'zod';
import { limits } from '../../common/limits.ts';
import { practiceLimits } from '../../common/practices.ts';
import { isoDay, nonBlank, optionalText, pageQuery, stamps, versionField } from './common.schemas.ts';

const affiliationInput = z.object({
  organizationId: z.uuid(),
  title: optionalText(limits.nameMax).describe('Their role or title there.'),
});

const personFields = {
  emails: z.array(z.email().max(limits.emailMax)).max(limits.emailsPerPerson).optional(),
  phones: z.array(z.string().trim().min(1).max(limits.phoneMax)).max(limits.phonesPerPerson).optional(),
  notes: optionalText(limits.notesMax),
  stayInTouchDays: z
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(practiceLimits.stayInTouchDaysMax, `must be at most ${practiceLimits.stayInTouchDaysMax} days (ten years)`)
    .nullable()
    .optional()
    .describe(`Stay in touch at least every this many days (1–${practiceLimits.stayInTouchDaysMax}); null for no cadence.`),
  affiliations: z.array(affiliationInput).max(20).optional().describe('Organisations they belong to (replaces the list).'),
};

export const createPersonBody = z.object({ fullName: nonBlank(limits.nameMax), ...personFields });

export const updatePersonBody = z.object({ version: versionField, fullName: nonBlank(limits.nameMax).optional(), ...personFields });

export const listPeopleQuery = z.object({
  q: z.string().max(limits.searchMax).optional().describe('Searches names and emails (substring, any case).'),
  organizationId: z.uuid().optional().describe('Only people who belong to this organisation.'),
  ...pageQuery,
});

export const getPersonQuery = z.object({
  date: isoDay.optional().describe("The caller's calendar day for the stay-in-touch line; the server's UTC day by default."),
});

const stayInTouch = z
  .object({
    everyDays: z.int().describe('The cadence in days.'),
    lastConversationAt: z.iso.datetime().nullable().describe('The last conversation on or before the day (UTC), or null if none.'),
    dueOn: isoDay.describe('A conversation on or before this day keeps in touch (counted from the person’s creation day when there was none).'),
    losingTouch: z.boolean().describe('True once dueOn is before the day: no conversation within the cadence.'),
  })
  .meta({ id: 'StayInTouch' });

export const personResponse = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    notes: z.string().nullable(),
    affiliations: z.array(z.object({ organizationId: z.uuid(), organizationName: z.string(), title: z.string().nullable() })),
    stayInTouchDays: z.int().nullable().describe('The stay-in-touch cadence in days, or null.'),
    stayInTouch: stayInTouch.nullable().describe('Where the person stands against the cadence today; null without a cadence.'),
    ...stamps,
  })
  .meta({ id: 'Person' });

export const personPage = z.object({ items: z.array(personResponse), nextCursor: z.string().nullable() });
