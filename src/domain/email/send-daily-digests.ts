/**
 * The daily digest job (decision 023): for each member with the digest on whose day's digest is not yet
 * done, claim it (digest-claims.ts: only the claimant sends), read their Today (scope mine, the clock's UTC
 * day), and email it to their login address — or record that there was nothing (no email) or why the send
 * failed (a later run retries). Safe to run every few minutes, twice at once, or on several servers.
 */
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { digestSends, firms, memberEmailSettings, members } from '../../db/schema.ts';
import { renderDigestEmail } from '../../email/digest-email.ts';
import type { Mailer } from '../../email/mailer.ts';
import type { Actor } from '../actor.ts';
import { todayOf, type Clock } from '../clock.ts';
import { getToday } from '../today/get-today.ts';
import { claimDigest, finishDigest, retryableClaim, type DigestKey } from './digest-claims.ts';

export interface DigestRunOptions {
  /** The server's public URL for the links (no trailing slash). */
  baseUrl: string;
  /** Only this firm's members (a manual run for one firm; tests on a shared database). */
  firmId?: string;
}

export interface DigestRunResult {
  sent: number;
  /** Claimed, but Today was empty: nothing sent. */
  empty: number;
  failed: { memberId: string; error: string }[];
}

/** Members whose digest for `day` is on and not done (no claim, or a claim that may be retried). */
async function membersDue(db: Db, day: string, now: Date, firmId: string | undefined) {
  const s = memberEmailSettings;
  return db
    .select({ firmId: members.firmId, memberId: members.id, role: members.role, name: members.name, email: members.email, firmName: firms.name })
    .from(members)
    .innerJoin(firms, eq(firms.id, members.firmId))
    .leftJoin(s, and(eq(s.firmId, members.firmId), eq(s.memberId, members.id)))
    .leftJoin(digestSends, and(eq(digestSends.firmId, members.firmId), eq(digestSends.memberId, members.id), eq(digestSends.day, day)))
    .where(
      and(
        firmId ? eq(members.firmId, firmId) : undefined,
        sql`coalesce(${s.digestEnabled}, true)`,
        or(isNull(digestSends.memberId), retryableClaim(now)),
      ),
    );
}

export async function sendDailyDigests(db: Db, mailer: Mailer, clock: Clock, workerId: string, options: DigestRunOptions): Promise<DigestRunResult> {
  const day = todayOf(clock);
  const result: DigestRunResult = { sent: 0, empty: 0, failed: [] };
  for (const member of await membersDue(db, day, clock(), options.firmId)) {
    const key: DigestKey = { firmId: member.firmId, memberId: member.memberId, day };
    if (!(await claimDigest(db, key, workerId, clock()))) continue;
    const actor: Actor = { firmId: member.firmId, memberId: member.memberId, role: member.role };
    const today = await getToday(db, actor, { date: day, scope: 'mine' });
    const email = renderDigestEmail({ memberName: member.name, firmName: member.firmName, today, baseUrl: options.baseUrl });
    if (email.itemCount === 0) {
      await finishDigest(db, key, workerId, { itemCount: 0 });
      result.empty += 1;
      continue;
    }
    try {
      await mailer.send({ to: [member.email], subject: email.subject, text: email.text, html: email.html });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      await finishDigest(db, key, workerId, { itemCount: email.itemCount, error });
      result.failed.push({ memberId: member.memberId, error });
      continue;
    }
    await finishDigest(db, key, workerId, { itemCount: email.itemCount, sentAt: clock() });
    result.sent += 1;
  }
  return result;
}
