/** The signed-in member's email preferences: no row means the defaults (the daily digest on). */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { memberEmailSettings } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';

export async function getEmailSettings(db: Db, actor: Actor): Promise<{ digestEnabled: boolean }> {
  const s = memberEmailSettings;
  const [row] = await db
    .select({ digestEnabled: s.digestEnabled })
    .from(s)
    .where(and(eq(s.firmId, actor.firmId), eq(s.memberId, actor.memberId)))
    .limit(1);
  return { digestEnabled: row?.digestEnabled ?? true };
}
