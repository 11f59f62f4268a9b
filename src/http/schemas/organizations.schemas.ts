/** Request and response schemas for organisations; they validate requests and write the OpenAPI document. */
import { z } from 'zod';
import { limits } from '../../common/limits.ts';
import { nonBlank, optionalText, pageQuery, stamps, versionField } from './common.schemas.ts';

const organizationFields = {
  website: optionalText(limits.nameMax).describe('Their website, as typed (e.g. "acme.example").'),
  industry: optionalText(limits.nameMax).describe('Their industry or sector.'),
  notes: optionalText(limits.notesMax).describe('Free notes about the organisation.'),
};

export const createOrganizationBody = z.object({ name: nonBlank(limits.nameMax).describe('The organisation\'s name.'), ...organizationFields });

export const updateOrganizationBody = z.object({
  version: versionField,
  name: nonBlank(limits.nameMax).optional(),
  ...organizationFields,
});

export const listOrganizationsQuery = z.object({
  q: z.string().max(limits.searchMax).optional().describe('Searches names (substring, any case).'),
  ...pageQuery,
});

export const organizationResponse = z
  .object({
    id: z.uuid(),
    name: z.string(),
    website: z.string().nullable(),
    industry: z.string().nullable(),
    notes: z.string().nullable(),
    peopleCount: z.int().describe('How many people currently belong to it.'),
    ...stamps,
  })
  .meta({ id: 'Organization' });

export const organizationPage = z.object({ items: z.array(organizationResponse), nextCursor: z.string().nullable() });
