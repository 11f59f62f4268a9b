/** Request and response schemas for the provider directory: other firms and people, competitors included. */
import { z } from 'zod';
import { limits } from '../../common/limits.ts';
import { practiceLimits, providerKinds } from '../../common/practices.ts';
import { nonBlank, optionalText, pageQuery, stamps, versionField } from './common.schemas.ts';

const providerFields = {
  name: nonBlank(limits.nameMax).describe('The firm’s or person’s name.'),
  kind: z.enum(providerKinds).describe('A firm or a person.'),
  goodAt: nonBlank(practiceLimits.reasonMax).describe('What they are good at: when to refer a client to them.'),
  contactName: optionalText(limits.nameMax).describe('Who to contact there.'),
  email: z.email().max(limits.emailMax).nullable().optional(),
  phone: optionalText(limits.phoneMax),
  website: optionalText(limits.nameMax),
  notes: optionalText(limits.notesMax),
};

export const createProviderBody = z.object(providerFields);

export const updateProviderBody = z.object({
  version: versionField,
  ...providerFields,
  name: providerFields.name.optional(),
  kind: providerFields.kind.optional(),
  goodAt: providerFields.goodAt.optional(),
});

export const listProvidersQuery = z.object({
  q: z.string().max(limits.searchMax).optional().describe('Searches names and what they are good at (substring, any case).'),
  ...pageQuery,
});

export const providerResponse = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(providerKinds),
    goodAt: z.string(),
    contactName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    notes: z.string().nullable(),
    referralsOut: z.int().describe('How many clients we referred to them (help given).'),
    ...stamps,
  })
  .meta({ id: 'Provider' });

export const providerPage = z.object({ items: z.array(providerResponse).describe('By name.'), nextCursor: z.string().nullable() });
