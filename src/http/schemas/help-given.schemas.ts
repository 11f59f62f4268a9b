/** Request and response schemas for "help given": referrals out and needs closed referred out or advised not to buy. */
import { z } from 'zod';
import { needOutcomes } from '../../common/practices.ts';
import { defaultWindow, reliabilityWindows } from '../../domain/reliability/reliability-window.ts';
import { isoDay } from './common.schemas.ts';

export const helpGivenQuery = z.object({
  window: z.enum(reliabilityWindows).default(defaultWindow).describe('How far back: the last 12, 24 or 36 months.'),
  memberId: z.uuid().optional().describe('Only the help this member gave: referrals they recorded, needs they led.'),
});

const named = z.object({ id: z.uuid(), name: z.string() });

const referralOut = z
  .object({
    id: z.uuid(),
    referredOn: isoDay,
    reason: z.string().describe('Why the provider fitted better.'),
    provider: named.nullable(),
    person: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
    organization: named.nullable(),
  })
  .meta({ id: 'HelpGivenReferral' });

const closedNeed = z
  .object({
    id: z.uuid(),
    title: z.string(),
    outcome: z.enum(needOutcomes),
    reason: z.string().nullable(),
    closedAt: z.iso.datetime(),
    organization: named.nullable(),
  })
  .meta({ id: 'HelpGivenNeed' });

const counted = <T extends z.ZodType>(item: T, text: string) =>
  z.object({ count: z.int().min(0).describe(text), items: z.array(item).describe('The records counted, newest first (at most 100).') });

export const helpGivenResponse = z
  .object({
    window: z.object({ key: z.enum(reliabilityWindows), months: z.int(), from: isoDay, to: isoDay }),
    referralsOut: counted(referralOut, 'Times we referred a client to someone better suited, within the window.'),
    referredOut: counted(closedNeed, 'Needs that ended referred out within the window.'),
    advisedNotToBuy: counted(closedNeed, 'Needs that ended with our advice not to buy, within the window.'),
  })
  .meta({ id: 'HelpGiven', description: 'Help given, whatever the fee: each count with the records behind it.' });
