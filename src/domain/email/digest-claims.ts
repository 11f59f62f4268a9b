/**
 * Claiming a member's daily digest (decision 023): the (firm, member, day) row in digest_sends is the claim.
 * Inserting it (`on conflict do nothing`) wins the day's digest for one worker, however many runs or servers
 * try at once; a claim that did not finish (the send failed, or its worker died) can be taken over by one
 * UPDATE, atomically, once it is `digestRetry.afterMinutes` old, up to `digestRetry.maxAttempts` tries.
 * Finished: sent (sent_at set) or nothing to send (item_count 0).
 */
import { and, eq, isNull, lt, or, gt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { digestSends } from '../../db/schema.ts';

export const digestRetry = { afterMinutes: 15, maxAttempts: 3, errorMax: 500 } as const;

const d = digestSends;

export interface DigestKey {
  firmId: string;
  memberId: string;
  day: string;
}

/** A claim that is unfinished and old enough to take over (`now` from the domain clock). */
export function retryableClaim(now: Date): SQL {
  const cutoff = new Date(now.getTime() - digestRetry.afterMinutes * 60_000);
  return and(isNull(d.sentAt), or(isNull(d.itemCount), gt(d.itemCount, 0)), lt(d.attempts, digestRetry.maxAttempts), lt(d.claimedAt, cutoff))!;
}

const keyOf = (k: DigestKey) => and(eq(d.firmId, k.firmId), eq(d.memberId, k.memberId), eq(d.day, k.day))!;

/** True when this worker now holds the day's digest: it inserted the claim, or took over a stale one. */
export async function claimDigest(db: Db, key: DigestKey, workerId: string, now: Date): Promise<boolean> {
  const inserted = await db
    .insert(d)
    .values({ ...key, claimedBy: workerId, claimedAt: now })
    .onConflictDoNothing()
    .returning({ day: d.day });
  if (inserted.length > 0) return true;
  const retaken = await db
    .update(d)
    .set({ claimedBy: workerId, claimedAt: now, attempts: sql`${d.attempts} + 1`, itemCount: null, lastError: null })
    .where(and(keyOf(key), retryableClaim(now)))
    .returning({ day: d.day });
  return retaken.length > 0;
}

/** Records how the claimed digest ended; only the worker holding the claim writes it. */
export async function finishDigest(
  db: Db,
  key: DigestKey,
  workerId: string,
  outcome: { itemCount: number; sentAt?: Date; error?: string },
): Promise<void> {
  await db
    .update(d)
    .set({ itemCount: outcome.itemCount, sentAt: outcome.sentAt ?? null, lastError: outcome.error?.slice(0, digestRetry.errorMax) ?? null })
    .where(and(keyOf(key), eq(d.claimedBy, workerId)));
}
