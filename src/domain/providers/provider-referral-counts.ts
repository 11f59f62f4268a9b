/** How many clients we referred to each provider: help given, counted for a whole page at once. */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { referrals } from '../../db/schema.ts';
import { toCount } from '../support/rows.ts';

/** One grouped query over referrals_provider_idx for any number of providers. */
export async function loadReferralsOutCounts(db: Db, firmId: string, providerIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(providerIds.map((id) => [id, 0]));
  if (providerIds.length === 0) return counts;
  const rows = await db
    .select({ providerId: referrals.providerId, referrals: count() })
    .from(referrals)
    .where(and(eq(referrals.firmId, firmId), inArray(referrals.providerId, providerIds), eq(referrals.direction, 'out')))
    .groupBy(referrals.providerId);
  for (const row of rows) if (row.providerId) counts.set(row.providerId, toCount(row.referrals));
  return counts;
}

/** Every referral naming the provider, in or out: what keeps it from being deleted. */
export async function countReferralsOf(db: Db, firmId: string, providerId: string): Promise<number> {
  const [row] = await db
    .select({ referrals: count() })
    .from(referrals)
    .where(and(eq(referrals.firmId, firmId), eq(referrals.providerId, providerId)));
  return toCount(row?.referrals);
}
