/**
 * Emails each lead what clients did on their share pages (decision 025), batched: at most one email per
 * member and subject (a need, or a recap's conversation) an hour. Acts wait in client_acts with their
 * email_member_id set and emailed_at null (a partial index finds them). A run claims each (member, subject)
 * with one conditional upsert on client_notice_sends — only when the last email is an hour old — so repeated
 * runs and other servers never send twice; a failed send gives the claim back for the next run.
 */
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { clientActs, clientNoticeSends, firms, members } from '../../db/schema.ts';
import { renderClientNoticeEmail } from '../../email/client-notice-email.ts';
import type { Mailer } from '../../email/mailer.ts';
import { loadClientActs } from '../client-acts/client-act-view.ts';
import { queryRows } from '../support/rows.ts';

export const noticeEveryMs = 60 * 60_000;
/** Acts listed in one email at most; the rest wait for the next hour. */
const actsPerEmail = 50;
/** Subjects handled per run, so a backlog is worked off over a few runs instead of in one long one. */
const subjectsPerRun = 200;

export interface ClientNoticeRunResult {
  sent: number;
  /** Had acts waiting, but an email about the subject went out less than an hour ago. */
  waiting: number;
  failed: { memberId: string; error: string }[];
}

const a = clientActs;
const subjectOf = sql<string>`coalesce(${a.needId}, ${a.conversationId})`;

async function pendingGroups(db: Db, firmId: string | undefined) {
  return db
    .selectDistinct({ firmId: a.firmId, memberId: a.emailMemberId, subjectId: subjectOf })
    .from(a)
    .where(and(firmId ? eq(a.firmId, firmId) : undefined, isNotNull(a.emailMemberId), isNull(a.emailedAt)))
    .limit(subjectsPerRun);
}

/** Takes the hour's email for (member, subject) if the last went out an hour ago or never; false otherwise. */
async function claim(db: Db, key: { firmId: string; memberId: string; subjectId: string }, now: Date): Promise<boolean> {
  const s = clientNoticeSends;
  const hourAgo = new Date(now.getTime() - noticeEveryMs);
  const rows = await queryRows<{ member_id: string }>(
    db,
    sql`insert into ${s} (firm_id, member_id, subject_id, last_sent_at) values (${key.firmId}, ${key.memberId}, ${key.subjectId}, ${now.toISOString()}::timestamptz)
        on conflict (firm_id, member_id, subject_id) do update set last_sent_at = excluded.last_sent_at
        where ${s.lastSentAt} <= ${hourAgo.toISOString()}::timestamptz
        returning member_id`,
  );
  return rows.length > 0;
}

/** Gives the claim back after a failed send, so the next run may try at once. */
async function release(db: Db, key: { firmId: string; memberId: string; subjectId: string }) {
  const s = clientNoticeSends;
  await db
    .update(s)
    .set({ lastSentAt: new Date(0) })
    .where(and(eq(s.firmId, key.firmId), eq(s.memberId, key.memberId), eq(s.subjectId, key.subjectId)));
}

export async function sendClientNotices(
  db: Db,
  mailer: Mailer,
  now: Date,
  options: { baseUrl: string; firmId?: string },
): Promise<ClientNoticeRunResult> {
  const result: ClientNoticeRunResult = { sent: 0, waiting: 0, failed: [] };
  for (const group of await pendingGroups(db, options.firmId)) {
    const key = { firmId: group.firmId, memberId: group.memberId!, subjectId: group.subjectId };
    if (!(await claim(db, key, now))) {
      result.waiting += 1;
      continue;
    }
    const [member] = await db
      .select({ name: members.name, email: members.email, firmName: firms.name })
      .from(members)
      .innerJoin(firms, eq(firms.id, members.firmId))
      .where(and(eq(members.firmId, key.firmId), eq(members.id, key.memberId)))
      .limit(1);
    const acts = await loadClientActs(
      db,
      key.firmId,
      and(eq(a.emailMemberId, key.memberId), isNull(a.emailedAt), sql`${subjectOf} = ${key.subjectId}`),
      actsPerEmail - 1,
      [a.createdAt, a.id],
    );
    if (!member || acts.length === 0) continue;
    const email = renderClientNoticeEmail({ memberName: member.name, firmName: member.firmName, acts, baseUrl: options.baseUrl });
    try {
      await mailer.send({ to: [member.email], subject: email.subject, text: email.text });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      await release(db, key);
      result.failed.push({ memberId: key.memberId, error });
      continue;
    }
    await db
      .update(a)
      .set({ emailedAt: now })
      .where(and(eq(a.firmId, key.firmId), inArray(a.id, acts.map((act) => act.id))));
    result.sent += 1;
  }
  return result;
}
