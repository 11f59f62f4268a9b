/**
 * What a referral must say, whoever records it: out, to a provider who fits better (help given); in, who
 * sent the client to us. Both name the client. And how a referral reads, with the names behind its ids.
 */
import type { Db } from '../../db/open-db.ts';
import type { referrals } from '../../db/schema.ts';
import type { ReferralDirection } from '../../common/practices.ts';
import { AppError } from '../errors.ts';
import { clientIdsOf, clientLinksOf, loadLinkNames, type ClientLinks, type NamedRef, type PersonRef } from '../support/linked-records.ts';

export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralRecord = ReferralRow & ClientLinks & { provider: NamedRef | null; referredByPerson: PersonRef | null };

export interface ReferralShape {
  direction: ReferralDirection;
  providerId?: string | null;
  referredByPersonId?: string | null;
  referredByName?: string | null;
  personId?: string | null;
  organizationId?: string | null;
  needId?: string | null;
}

/** Refuses a referral that does not say to (or from) whom, or for which client, naming every field that could fix it. */
export function checkReferralShape(r: ReferralShape): void {
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  if (r.direction === 'out' && !r.providerId) {
    fields.providerId = 'choose the provider you referred them to';
    messages.push('Say which provider you referred the client to.');
  }
  if (r.direction === 'in' && !r.providerId && !r.referredByPersonId && !r.referredByName?.trim()) {
    const problem = 'say who referred the client: a provider, a person you know, or a name';
    Object.assign(fields, { providerId: problem, referredByPersonId: problem, referredByName: problem });
    messages.push('Say who referred the client to you: a provider, a person you know, or just their name.');
  }
  if (!r.personId && !r.organizationId && !r.needId) {
    const problem = 'choose the client: a person, an organisation or a need';
    Object.assign(fields, { personId: problem, organizationId: problem, needId: problem });
    messages.push('Say which client it was for: a person, an organisation or a need.');
  }
  if (messages.length > 0) throw new AppError('validation_failed', messages.join(' '), { fields });
}

/** Names for a page of referrals: the client, the provider and who referred them (one query per kind). */
export async function withReferralLinks(db: Db, firmId: string, rows: ReferralRow[]): Promise<ReferralRecord[]> {
  const ids = clientIdsOf(rows);
  const names = await loadLinkNames(db, firmId, {
    ...ids,
    people: [...(ids.people ?? []), ...rows.map((r) => r.referredByPersonId)],
    providers: rows.map((r) => r.providerId),
  });
  return rows.map((r) => ({
    ...r,
    ...clientLinksOf(r, names),
    provider: names.provider(r.providerId),
    referredByPerson: names.person(r.referredByPersonId),
  }));
}
