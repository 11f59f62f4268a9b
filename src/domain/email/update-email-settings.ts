/** Turns the signed-in member's daily digest on or off (one upserted row; the last choice wins). */
import type { Db } from '../../db/open-db.ts';
import { memberEmailSettings } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';

export async function updateEmailSettings(db: Db, actor: Actor, clock: Clock, input: { digestEnabled: boolean }): Promise<{ digestEnabled: boolean }> {
  const now = clock();
  await db
    .insert(memberEmailSettings)
    .values({ firmId: actor.firmId, memberId: actor.memberId, digestEnabled: input.digestEnabled, updatedAt: now })
    .onConflictDoUpdate({ target: [memberEmailSettings.firmId, memberEmailSettings.memberId], set: { digestEnabled: input.digestEnabled, updatedAt: now } });
  return { digestEnabled: input.digestEnabled };
}
