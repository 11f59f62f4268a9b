/** Request and response schemas for people; they validate requests and write the OpenAPI document. */
import { z } from 'zod';
import { limits } from '../../common/limits.ts';
import { addressPartLabels, addressParts, personDetailLimits, type AddressPart } from '../../common/person-details.ts';
import { practiceLimits } from '../../common/practices.ts';
import { isoDay, nonBlank, optionalText, pageQuery, stamps, versionField } from './common.schemas.ts';

const affiliationInput = z.object({
  organizationId: z.uuid(),
  title: optionalText(limits.nameMax).describe('Their role or title there.'),
});

const { titleMax, addressesPerPerson, addressPartMax } = personDetailLimits;

/** An address object, each part's schema made by `part` and described for the OpenAPI document. */
function addressObject<S extends z.ZodType>(part: () => S) {
  const shape = Object.fromEntries(addressParts.map((name) => [name, part().describe(addressPartLabels[name])]));
  return z.object(shape as Record<AddressPart, S>);
}

const addressInput = addressObject(() => z.string().nullable().optional()).describe(
  `A postal address; every part optional. Parts are trimmed and blank ones dropped (an address with none left is dropped); each part at most ${addressPartMax} characters. label says which (home, work…).`,
);

const personDetails = {
  title: z
    .string()
    .nullable()
    .optional()
    .describe(`Their own job title or role (their title at an organisation belongs on the affiliation); trimmed, at most ${titleMax} characters; blank or null clears it.`),
  birthday: z
    .string()
    .nullable()
    .optional()
    .describe('A real date as YYYY-MM-DD, or --MM-DD when the year is not known (29 February allowed); blank or null clears it.'),
  addresses: z
    .array(addressInput)
    .optional()
    .describe(`Their postal addresses, at most ${addressesPerPerson} (replaces the list; [] clears it).`),
};

const personFields = {
  ...personDetails,
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

const postalAddress = addressObject(() => z.string().optional())
  .describe('A postal address: only the parts that are known.')
  .meta({ id: 'PostalAddress' });

export const personResponse = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    notes: z.string().nullable(),
    title: z.string().nullable().describe('Their own job title or role, or null.'),
    birthday: z.string().nullable().describe('YYYY-MM-DD, or --MM-DD when the year is not known; null if unknown.'),
    addresses: z.array(postalAddress).describe('Their postal addresses, in the order given.'),
    affiliations: z.array(z.object({ organizationId: z.uuid(), organizationName: z.string(), title: z.string().nullable() })),
    stayInTouchDays: z.int().nullable().describe('The stay-in-touch cadence in days, or null.'),
    stayInTouch: stayInTouch.nullable().describe('Where the person stands against the cadence today; null without a cadence.'),
    ...stamps,
  })
  .meta({ id: 'Person' });

export const personPage = z.object({ items: z.array(personResponse), nextCursor: z.string().nullable() });
