/**
 * A member's listening trend: their latest calls with a transcript in which they spoke, newest first, with
 * their figures in each and the averages over those calls. Read from the stored speaker rows (one index range
 * on member), never by re-analysing transcripts. Private: only the member and the firm's owners see them.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { conversations, members, transcriptSpeakers, transcripts } from '../../db/schema.ts';
import type { Channel } from '../../common/limits.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../actor.ts';
import { unknownLink } from '../support/linked-records.ts';

export const listeningLimitDefault = 20;
export const listeningLimitMax = 100;

export interface MemberCall {
  conversationId: string;
  occurredAt: Date;
  channel: Channel;
  summary: string | null;
  durationSeconds: number | null;
  /** The member's own figures in the call (summed if they spoke under several names). */
  words: number;
  talkShare: number;
  questionsOpen: number;
  questionsClosed: number;
  longestMonologueWords: number;
  seconds: number | null;
  /** Our whole side's share of the call's words: the member and any colleagues. */
  usTalkShare: number;
}

export interface ListeningAverages {
  calls: number;
  words: number;
  talkShare: number;
  usTalkShare: number;
  questionsOpen: number;
  questionsClosed: number;
  longestMonologueWords: number;
  /** Over the timed calls only; null when none was timed. */
  seconds: number | null;
}

export interface MemberListening {
  member: { id: string; name: string };
  calls: MemberCall[];
  averages: ListeningAverages | null;
}

const s = transcriptSpeakers;
const num = (value: unknown) => Number(value ?? 0);
const numOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

async function memberCalls(db: Db, firmId: string, memberId: string, limit: number) {
  const call = [conversations.id, conversations.occurredAt, conversations.channel, conversations.summary, transcripts.durationSeconds] as const;
  const rows = await db
    .select({
      conversationId: conversations.id,
      occurredAt: conversations.occurredAt,
      channel: conversations.channel,
      summary: conversations.summary,
      durationSeconds: transcripts.durationSeconds,
      words: sql<number>`sum(${s.words})::int`,
      talkShare: sql<number>`sum(${s.talkShare})::float8`,
      questionsOpen: sql<number>`sum(${s.questionsOpen})::int`,
      questionsClosed: sql<number>`sum(${s.questionsClosed})::int`,
      longestMonologueWords: sql<number>`max(${s.longestMonologueWords})`,
      seconds: sql<number | null>`sum(${s.seconds})::float8`,
    })
    .from(s)
    .innerJoin(conversations, and(eq(conversations.firmId, s.firmId), eq(conversations.id, s.conversationId)))
    .innerJoin(transcripts, and(eq(transcripts.firmId, s.firmId), eq(transcripts.conversationId, s.conversationId)))
    .where(and(eq(s.firmId, firmId), eq(s.memberId, memberId)))
    .groupBy(...call)
    .orderBy(desc(conversations.occurredAt), desc(conversations.id))
    .limit(limit);
  return rows.map((r) => ({
    ...r,
    words: num(r.words),
    talkShare: num(r.talkShare),
    questionsOpen: num(r.questionsOpen),
    questionsClosed: num(r.questionsClosed),
    longestMonologueWords: num(r.longestMonologueWords),
    seconds: numOrNull(r.seconds),
    durationSeconds: numOrNull(r.durationSeconds),
  }));
}

/** Our side's talk share in each of the calls: one query for the page. */
async function usShares(db: Db, firmId: string, conversationIds: string[]): Promise<Map<string, number>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db
    .select({ conversationId: s.conversationId, share: sql<number>`sum(${s.talkShare})::float8` })
    .from(s)
    .where(and(eq(s.firmId, firmId), inArray(s.conversationId, conversationIds), eq(s.side, 'us')))
    .groupBy(s.conversationId);
  return new Map(rows.map((r) => [r.conversationId, num(r.share)]));
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

function averagesOf(calls: MemberCall[]): ListeningAverages | null {
  if (calls.length === 0) return null;
  const timed = calls.flatMap((c) => (c.seconds === null ? [] : [c.seconds]));
  return {
    calls: calls.length,
    words: mean(calls.map((c) => c.words)),
    talkShare: mean(calls.map((c) => c.talkShare)),
    usTalkShare: mean(calls.map((c) => c.usTalkShare)),
    questionsOpen: mean(calls.map((c) => c.questionsOpen)),
    questionsClosed: mean(calls.map((c) => c.questionsClosed)),
    longestMonologueWords: mean(calls.map((c) => c.longestMonologueWords)),
    seconds: timed.length > 0 ? mean(timed) : null,
  };
}

/** The member's latest `limit` calls where they spoke; a member of another firm is not found. */
export async function listMemberListening(db: Db, actor: Actor, memberId: string, limit = listeningLimitDefault): Promise<MemberListening> {
  const [member] = await db
    .select({ id: members.id, name: members.name })
    .from(members)
    .where(and(eq(members.firmId, actor.firmId), eq(members.id, memberId)))
    .limit(1);
  if (!member) throw unknownLink('memberId');
  if (member.id !== actor.memberId && actor.role !== 'owner') {
    throw new AppError('forbidden', `Listening trends are private: only ${member.name} and the firm's owners can see them.`);
  }
  const rows = await memberCalls(db, actor.firmId, memberId, Math.min(Math.max(limit, 1), listeningLimitMax));
  const shares = await usShares(db, actor.firmId, rows.map((r) => r.conversationId));
  const calls = rows.map((r) => ({ ...r, usTalkShare: shares.get(r.conversationId) ?? r.talkShare }));
  return { member, calls, averages: averagesOf(calls) };
}
