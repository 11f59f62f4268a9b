/** Removes a provider from the directory, unless referrals name them: those are history and must keep their provider. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { providers } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError, notFound } from '../errors.ts';
import { countReferralsOf } from './provider-referral-counts.ts';

export async function deleteProvider(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const where = and(eq(providers.firmId, actor.firmId), eq(providers.id, id));
    const [found] = await tx.select({ id: providers.id }).from(providers).where(where).for('update').limit(1);
    if (!found) throw notFound('provider');
    const referrals = await countReferralsOf(tx, actor.firmId, id);
    if (referrals > 0) {
      const those = referrals === 1 ? '1 referral names' : `${referrals} referrals name`;
      throw new AppError(
        'provider_in_use',
        `${those} this provider, so it stays in the directory to keep that history true. Delete or change those referrals first.`,
        { referrals },
      );
    }
    await tx.delete(providers).where(where);
  });
}
