/**
 * Client acts as the professional reads them (the need's activity, a person's timeline, the inbox): who did
 * what, about which need or conversation, with the act's own content — the comment, the suggestion and what
 * became of it, the recap answer, the check-in's four scores.
 */
import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open-db.ts';
import {
  clientActs,
  clientComments,
  conversations,
  needs,
  people,
  recapReplies,
  statementSuggestions,
  trustCheckIns,
} from '../../db/schema.ts';
import type { ClientActKind, SuggestionStatus } from '../../common/client-side.ts';
import type { Channel } from '../../common/limits.ts';
import { sortKey } from '../support/time-cursor.ts';

const a = clientActs;
const same = (firmId: SQL | typeof a.firmId) => firmId;

export const clientActColumns = {
  id: a.id,
  kind: a.kind,
  at: a.createdAt,
  sortKey: sortKey(a.createdAt),
  shareLinkId: a.shareLinkId,
  personId: people.id,
  personName: people.fullName,
  needId: needs.id,
  needTitle: needs.title,
  conversationId: conversations.id,
  conversationAt: conversations.occurredAt,
  conversationChannel: conversations.channel,
  statementVersion: a.statementVersion,
  stepId: a.stepId,
  stepTitle: a.stepTitle,
  commentText: clientComments.text,
  suggestionId: statementSuggestions.id,
  suggestionText: statementSuggestions.text,
  suggestionStatus: statementSuggestions.status,
  adoptedVersion: statementSuggestions.adoptedVersion,
  agrees: recapReplies.agrees,
  correction: recapReplies.correction,
  credibility: trustCheckIns.credibility,
  reliability: trustCheckIns.reliability,
  intimacy: trustCheckIns.intimacy,
  selfOrientation: trustCheckIns.selfOrientation,
  checkInComment: trustCheckIns.comment,
};

/** Joins each act to its person, subject and content (every join on the act's own firm). */
export function withActDetails<Q extends { innerJoin: Function; leftJoin: Function }>(query: Q): Q {
  const firm = same(a.firmId);
  return (query as any)
    .innerJoin(people, and(eq(people.firmId, firm), eq(people.id, a.personId)))
    .leftJoin(needs, and(eq(needs.firmId, firm), eq(needs.id, a.needId)))
    .leftJoin(conversations, and(eq(conversations.firmId, firm), eq(conversations.id, a.conversationId)))
    .leftJoin(clientComments, and(eq(clientComments.firmId, firm), eq(clientComments.id, a.commentId)))
    .leftJoin(statementSuggestions, and(eq(statementSuggestions.firmId, firm), eq(statementSuggestions.id, a.suggestionId)))
    .leftJoin(recapReplies, and(eq(recapReplies.firmId, firm), eq(recapReplies.id, a.replyId)))
    .leftJoin(trustCheckIns, and(eq(trustCheckIns.firmId, firm), eq(trustCheckIns.id, a.checkInId)));
}

export type ClientActRow = {
  [K in keyof typeof clientActColumns]: (typeof clientActColumns)[K] extends { _: { data: infer D } } ? D | null : unknown;
} & { id: string; kind: ClientActKind; at: Date; sortKey: string; shareLinkId: string; personId: string; personName: string };

export interface ClientActView {
  id: string;
  kind: ClientActKind;
  at: Date;
  sortKey: string;
  person: { id: string; fullName: string };
  need: { id: string; title: string } | null;
  conversation: { id: string; occurredAt: Date; channel: Channel } | null;
  shareLinkId: string;
  statementVersion: number | null;
  step: { id: string | null; title: string } | null;
  text: string | null;
  agrees: boolean | null;
  suggestion: { id: string; status: SuggestionStatus; adoptedVersion: number | null } | null;
  checkIn: { credibility: number; reliability: number; intimacy: number; selfOrientation: number } | null;
}

/** A joined row as the view the presenters map. */
export function clientActView(r: Record<string, unknown>): ClientActView {
  const row = r as Record<keyof typeof clientActColumns, any>;
  return {
    id: row.id,
    kind: row.kind,
    at: row.at,
    sortKey: row.sortKey,
    person: { id: row.personId, fullName: row.personName },
    need: row.needId ? { id: row.needId, title: row.needTitle } : null,
    conversation: row.conversationId ? { id: row.conversationId, occurredAt: row.conversationAt, channel: row.conversationChannel } : null,
    shareLinkId: row.shareLinkId,
    statementVersion: row.statementVersion,
    step: row.stepTitle ? { id: row.stepId, title: row.stepTitle } : null,
    text: row.commentText ?? row.suggestionText ?? row.correction ?? row.checkInComment ?? null,
    agrees: row.agrees,
    suggestion: row.suggestionId ? { id: row.suggestionId, status: row.suggestionStatus, adoptedVersion: row.adoptedVersion } : null,
    checkIn:
      row.credibility === null
        ? null
        : { credibility: row.credibility, reliability: row.reliability, intimacy: row.intimacy, selfOrientation: row.selfOrientation },
  };
}

/** The firm's acts matching `where`, newest first, one more than `limit` (to tell whether a page follows). */
export async function loadClientActs(db: Db, firmId: string, where: SQL | undefined, limit: number, orderBy: (SQL | PgColumn)[]): Promise<ClientActView[]> {
  const query = withActDetails(db.select(clientActColumns).from(a).$dynamic());
  const rows = await query
    .where(and(eq(a.firmId, firmId), where))
    .orderBy(...orderBy)
    .limit(limit + 1);
  return rows.map(clientActView);
}
