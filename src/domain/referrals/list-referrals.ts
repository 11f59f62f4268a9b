/** The firm's referrals, newest first: out (help given) and in, optionally for one provider or client. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { referrals } from '../../db/schema.ts';
import type { ReferralDirection } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { afterDayCursor, dayOrder, toDayPage } from '../support/day-cursor.ts';
import { withReferralLinks } from './referral-fields.ts';

export interface ListReferralsInput {
  direction?: ReferralDirection;
  providerId?: string;
  personId?: string;
  organizationId?: string;
  needId?: string;
  limit: number;
  cursor?: string;
}

/** Keyset-paginated on (referred_on desc, id desc), the referrals_referred_idx order. */
export async function listReferrals(db: Db, actor: Actor, input: ListReferralsInput) {
  const rows = await db
    .select()
    .from(referrals)
    .where(
      and(
        eq(referrals.firmId, actor.firmId),
        input.direction ? eq(referrals.direction, input.direction) : undefined,
        input.providerId ? eq(referrals.providerId, input.providerId) : undefined,
        input.personId ? eq(referrals.personId, input.personId) : undefined,
        input.organizationId ? eq(referrals.organizationId, input.organizationId) : undefined,
        input.needId ? eq(referrals.needId, input.needId) : undefined,
        afterDayCursor(input.cursor, referrals.referredOn, referrals.id, 'desc'),
      ),
    )
    .orderBy(...dayOrder(referrals.referredOn, referrals.id, 'desc'))
    .limit(input.limit + 1);
  const page = toDayPage(rows, input.limit, (r) => r.referredOn);
  return { items: await withReferralLinks(db, actor.firmId, page.items), nextCursor: page.nextCursor };
}
