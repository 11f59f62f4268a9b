/**
 * Everything that refers to a person by id, counted (decision 020): what erasing them will unlink. Each
 * count says how many rows lose the link, and the schema's foreign keys decide how: the firm's history
 * (conversations, commitments, follow-ups, needs, gifts, referrals, incidents, journey steps, transcript
 * speakers) stays with the person cleared (ON DELETE SET NULL, or the link row removed); rows that are only
 * the link or the person's own act (conversation participants, affiliations, need links, their problem
 * statement confirmations, their share links and everything they did on their pages) go with them (ON DELETE
 * CASCADE).
 */
import { and, eq, or, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open-db.ts';
import {
  affiliations,
  commitments,
  conversationPeople,
  followUps,
  gifts,
  incidents,
  journeySteps,
  needPeople,
  problemStatementConfirmations,
  referrals,
  transcriptSpeakers,
  shareLinks,
  clientActs,
} from '../../db/schema.ts';

/** The counted links, in the order they are shown. */
export const personLinkKeys = [
  'conversations',
  'affiliations',
  'needs',
  'confirmations',
  'journeySteps',
  'commitments',
  'followUps',
  'gifts',
  'referrals',
  'incidents',
  'transcriptSpeakers',
  'shareLinks',
  'clientActs',
] as const;
export type PersonLinkKey = (typeof personLinkKeys)[number];
export type PersonLinks = Record<PersonLinkKey, number>;

const personColumns: Record<PersonLinkKey, { table: PgTable; firmId: PgColumn; person: (id: string) => SQL | undefined }> = {
  conversations: { table: conversationPeople, firmId: conversationPeople.firmId, person: (id) => eq(conversationPeople.personId, id) },
  affiliations: { table: affiliations, firmId: affiliations.firmId, person: (id) => eq(affiliations.personId, id) },
  needs: { table: needPeople, firmId: needPeople.firmId, person: (id) => eq(needPeople.personId, id) },
  confirmations: {
    table: problemStatementConfirmations,
    firmId: problemStatementConfirmations.firmId,
    person: (id) => eq(problemStatementConfirmations.personId, id),
  },
  journeySteps: { table: journeySteps, firmId: journeySteps.firmId, person: (id) => eq(journeySteps.ownerPersonId, id) },
  commitments: { table: commitments, firmId: commitments.firmId, person: (id) => eq(commitments.personId, id) },
  followUps: { table: followUps, firmId: followUps.firmId, person: (id) => eq(followUps.personId, id) },
  gifts: { table: gifts, firmId: gifts.firmId, person: (id) => eq(gifts.personId, id) },
  referrals: { table: referrals, firmId: referrals.firmId, person: (id) => or(eq(referrals.personId, id), eq(referrals.referredByPersonId, id)) },
  incidents: { table: incidents, firmId: incidents.firmId, person: (id) => eq(incidents.personId, id) },
  transcriptSpeakers: { table: transcriptSpeakers, firmId: transcriptSpeakers.firmId, person: (id) => eq(transcriptSpeakers.personId, id) },
  shareLinks: { table: shareLinks, firmId: shareLinks.firmId, person: (id) => eq(shareLinks.personId, id) },
  clientActs: { table: clientActs, firmId: clientActs.firmId, person: (id) => eq(clientActs.personId, id) },
};

/** How many rows of each kind refer to the person (by id, within the firm). */
export async function countPersonLinks(db: Db, firmId: string, personId: string): Promise<PersonLinks> {
  const counts = {} as PersonLinks;
  for (const key of personLinkKeys) {
    const { table, firmId: firmColumn, person } = personColumns[key];
    counts[key] = await db.$count(table, and(eq(firmColumn, firmId), person(personId)));
  }
  return counts;
}
