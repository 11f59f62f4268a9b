/** Whether a person is offered the trust check-in: never required, and at most once every 90 days. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { trustCheckIns } from '../../db/schema.ts';
import { shareLimits } from '../../common/client-side.ts';

const windowMs = shareLimits.checkInEveryDays * 86_400_000;

/** The person's latest check-in, and whether another may be offered at `now`. */
export async function checkInOffer(db: Db, firmId: string, personId: string, now: Date): Promise<{ offered: boolean; lastAt: Date | null }> {
  const [last] = await db
    .select({ at: trustCheckIns.createdAt })
    .from(trustCheckIns)
    .where(and(eq(trustCheckIns.firmId, firmId), eq(trustCheckIns.personId, personId)))
    .orderBy(desc(trustCheckIns.createdAt))
    .limit(1);
  const lastAt = last?.at ?? null;
  return { offered: lastAt === null || now.getTime() - lastAt.getTime() >= windowMs, lastAt };
}
