/** One provider of the firm's directory, with how many clients we referred to them; another firm's is "not found". */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { providers } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import type { ProviderRecord } from './provider-fields.ts';
import { loadReferralsOutCounts } from './provider-referral-counts.ts';

export async function getProvider(db: Db, actor: Actor, id: string): Promise<ProviderRecord> {
  const [row] = await db
    .select()
    .from(providers)
    .where(and(eq(providers.firmId, actor.firmId), eq(providers.id, id)))
    .limit(1);
  if (!row) throw notFound('provider');
  const counts = await loadReferralsOutCounts(db, actor.firmId, [id]);
  return { ...row, referralsOut: counts.get(id) ?? 0 };
}
