/** Request and response schemas for people; they validate requests and write the OpenAPI document. */
import { z } from 'zod';
import { limits } from '../../common/limits.ts';
import { nonBlank, optionalText, pageQuery, stamps, versionField } from './common.schemas.ts';

const affiliationInput = z.object({
  organizationId: z.uuid(),
  title: optionalText(limits.nameMax).describe('Their role or title there.'),
});

const personFields = {
  emails: z.array(z.email().max(limits.emailMax)).max(limits.emailsPerPerson).optional(),
  phones: z.array(z.string().trim().min(1).max(limits.phoneMax)).max(limits.phonesPerPerson).optional(),
  notes: optionalText(limits.notesMax),
  affiliations: z.array(affiliationInput).max(20).optional().describe('Organisations they belong to (replaces the list).'),
};

export const createPersonBody = z.object({ fullName: nonBlank(limits.nameMax), ...personFields });

export const updatePersonBody = z.object({ version: versionField, fullName: nonBlank(limits.nameMax).optional(), ...personFields });

export const listPeopleQuery = z.object({
  q: z.string().max(limits.searchMax).optional().describe('Searches names and emails (substring, any case).'),
  organizationId: z.uuid().optional().describe('Only people who belong to this organisation.'),
  ...pageQuery,
});

export const personResponse = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    notes: z.string().nullable(),
    affiliations: z.array(z.object({ organizationId: z.uuid(), organizationName: z.string(), title: z.string().nullable() })),
    ...stamps,
  })
  .meta({ id: 'Person' });

export const personPage = z.object({ items: z.array(personResponse), nextCursor: z.string().nullable() });
