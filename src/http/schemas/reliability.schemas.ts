/** Request and response schemas for reliability figures: counts of promises kept, each with its evidence. */
import { z } from 'zod';
import { commitmentSides } from '../../common/practices.ts';
import { resolvedStandings } from '../../domain/commitments/commitment-standing.ts';
import { defaultWindow, reliabilityWindows } from '../../domain/reliability/reliability-window.ts';
import { isoDay } from './common.schemas.ts';
import { linkedMember, linkedOrganization, linkedPerson } from './commitments.schemas.ts';

export const reliabilityQuery = z.object({
  window: z.enum(reliabilityWindows).default(defaultWindow).describe('How far back: the last 12, 24 or 36 months.'),
  memberId: z.uuid().optional().describe("One member's promises (and the commitments they look after)."),
  personId: z.uuid().optional().describe('The relationship with one person.'),
  organizationId: z.uuid().optional().describe('The relationship with an organisation and its people.'),
});

const commitmentQuery = z
  .object({
    side: z.enum(commitmentSides),
    standing: z.enum(resolvedStandings).optional(),
    window: z.enum(reliabilityWindows).optional(),
    overdue: z.literal('true').optional(),
    memberId: z.uuid().optional(),
    personId: z.uuid().optional(),
    organizationId: z.uuid().optional(),
  })
  .meta({ id: 'CommitmentQuery', description: 'The GET /commitments query that lists the commitments behind a count.' });

const count = (text: string) => z.int().min(0).describe(text);
const rate = (text: string) => z.number().min(0).max(1).nullable().describe(`${text} A fraction from 0 to 1; null when nothing was resolved.`);

const figures = z
  .object({
    keptOnTime: count('Kept by the date first promised.'),
    keptLate: count('Kept after the date in force.'),
    renegotiated: count('Kept by a new date agreed before the old one: faith kept.'),
    broken: count('Not kept.'),
    resolved: count('All of the above: resolved within the window.'),
    overdue: count('Open and past the date in force today (whatever the window).'),
    keptOnTimeRate: rate('keptOnTime / resolved.'),
    keptFaithRate: rate('(keptOnTime + renegotiated) / resolved.'),
    evidence: z
      .object({
        keptOnTime: commitmentQuery,
        keptLate: commitmentQuery,
        renegotiated: commitmentQuery,
        broken: commitmentQuery,
        resolved: commitmentQuery,
        overdue: commitmentQuery,
      })
      .describe('For each count, the commitments list query that shows the commitments counted.'),
  })
  .meta({ id: 'ReliabilityFigures' });

export const reliabilityResponse = z
  .object({
    window: z.object({
      key: z.enum(reliabilityWindows),
      months: z.int(),
      from: isoDay.describe('First day counted.'),
      to: isoDay.describe('Last day counted: today.'),
    }),
    scope: z.object({ member: linkedMember.nullable(), person: linkedPerson.nullable(), organization: linkedOrganization.nullable() }),
    us: figures.describe('What we promised the client.'),
    client: figures.describe('What the client promised us.'),
    members: z
      .array(z.object({ member: linkedMember, us: figures }))
      .nullable()
      .describe("Each member's promises; null when the figures are about one member."),
    incidents: z
      .object({
        reported: count('Incidents reported within the window.'),
        acknowledged: count('Of those, acknowledged.'),
        medianMinutesToAcknowledge: z.int().nullable().describe('Median minutes from report to acknowledgement; null when none.'),
        stillUnacknowledged: count('Not acknowledged yet, whenever reported.'),
      })
      .describe('Incidents of the firm or the relationship (incidents have no member).'),
  })
  .meta({ id: 'Reliability' });
