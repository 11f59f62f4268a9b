/**
 * Where a person's name may be written in free text (decision 020): each kind of record with the columns to
 * search and how to label a match for review. Read by find-mentions.ts.
 */
import { ne, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { facetLabels, noteFacets } from '../../common/limits.ts';
import {
  closeOuts,
  commitmentRenegotiations,
  commitments,
  conversations,
  followUps,
  gifts,
  incidents,
  journeySteps,
  needs,
  organizations,
  people,
  problemStatementConfirmations,
  problemStatements,
  providers,
  referrals,
  transcripts,
} from '../../db/schema.ts';
import type { ReviewKind } from './find-mentions.ts';

export type Text = PgColumn | SQL;
export interface Source {
  kind: ReviewKind;
  table: PgTable;
  firmId: PgColumn;
  id: PgColumn;
  conversationId?: PgColumn;
  label: Text;
  fields: { label: string; value: Text }[];
  /** Further conditions, e.g. "not the person being erased". */
  where?: (personId: string) => SQL;
}

/** The title of the need a child row belongs to (problem statements, confirmations, journey steps). */
const needTitleOf = (firmId: PgColumn, needId: PgColumn) =>
  sql<string>`(select ${needs.title} from ${needs} where ${needs.firmId} = ${firmId} and ${needs.id} = ${needId})`;

export const sources: Source[] = [
  {
    kind: 'conversation_note',
    table: conversations,
    firmId: conversations.firmId,
    id: conversations.id,
    conversationId: conversations.id,
    label: sql<string>`coalesce(${conversations.summary}, 'Conversation of ' || to_char(${conversations.occurredAt} at time zone 'UTC', 'YYYY-MM-DD'))`,
    fields: [
      { label: 'Summary', value: conversations.summary },
      ...noteFacets.map((facet) => ({ label: `Notes: ${facetLabels[facet].label}`, value: sql<string>`${conversations.notes} ->> ${facet}` })),
    ],
  },
  {
    kind: 'conversation_note',
    table: closeOuts,
    firmId: closeOuts.firmId,
    id: closeOuts.conversationId,
    conversationId: closeOuts.conversationId,
    label: sql<string>`'Close-out of a conversation'`,
    fields: [{ label: 'Close-out: value added', value: closeOuts.valueAdd }],
  },
  {
    kind: 'transcript',
    table: transcripts,
    firmId: transcripts.firmId,
    id: transcripts.conversationId,
    conversationId: transcripts.conversationId,
    label: sql<string>`coalesce(${transcripts.fileName}, 'Transcript')`,
    fields: [{ label: 'Transcript', value: transcripts.body }],
  },
  {
    kind: 'need',
    table: needs,
    firmId: needs.firmId,
    id: needs.id,
    label: needs.title,
    fields: [
      { label: 'Title', value: needs.title },
      { label: 'Outcome reason', value: needs.outcomeReason },
      { label: 'Lesson learnt', value: needs.outcomeLesson },
    ],
  },
  {
    kind: 'need',
    table: problemStatements,
    firmId: problemStatements.firmId,
    id: problemStatements.needId,
    label: needTitleOf(problemStatements.firmId, problemStatements.needId),
    fields: [
      { label: 'Problem statement', value: problemStatements.text },
      { label: 'Problem statement: why it changed', value: problemStatements.changeReason },
    ],
  },
  {
    kind: 'need',
    table: problemStatementConfirmations,
    firmId: problemStatementConfirmations.firmId,
    id: problemStatementConfirmations.needId,
    label: needTitleOf(problemStatementConfirmations.firmId, problemStatementConfirmations.needId),
    fields: [{ label: 'Confirmation note', value: problemStatementConfirmations.note }],
    // The person's own confirmations go with them.
    where: (personId) => ne(problemStatementConfirmations.personId, personId),
  },
  {
    kind: 'need',
    table: journeySteps,
    firmId: journeySteps.firmId,
    id: journeySteps.needId,
    label: needTitleOf(journeySteps.firmId, journeySteps.needId),
    fields: [
      { label: 'Journey step', value: journeySteps.title },
      { label: 'Journey step notes', value: journeySteps.notes },
    ],
  },
  {
    kind: 'commitment',
    table: commitments,
    firmId: commitments.firmId,
    id: commitments.id,
    label: commitments.description,
    fields: [
      { label: 'What was promised', value: commitments.description },
      { label: 'Why it was broken', value: commitments.brokenReason },
    ],
  },
  {
    kind: 'commitment',
    table: commitmentRenegotiations,
    firmId: commitmentRenegotiations.firmId,
    id: commitmentRenegotiations.commitmentId,
    label: sql<string>`(select ${commitments.description} from ${commitments} where ${commitments.firmId} = ${commitmentRenegotiations.firmId} and ${commitments.id} = ${commitmentRenegotiations.commitmentId})`,
    fields: [{ label: 'Renegotiation reason', value: commitmentRenegotiations.reason }],
  },
  {
    kind: 'follow_up',
    table: followUps,
    firmId: followUps.firmId,
    id: followUps.id,
    label: followUps.content,
    fields: [
      { label: 'What we will bring', value: followUps.content },
      { label: 'Why it was cancelled', value: followUps.cancelReason },
    ],
  },
  {
    kind: 'gift',
    table: gifts,
    firmId: gifts.firmId,
    id: gifts.id,
    label: gifts.title,
    fields: [
      { label: 'Title', value: gifts.title },
      { label: 'Specific to the client', value: gifts.specificToClient },
      { label: 'Risk taken', value: gifts.riskTaken },
      { label: 'Reference', value: gifts.reference },
      { label: 'Response note', value: gifts.responseNote },
    ],
  },
  {
    kind: 'referral',
    table: referrals,
    firmId: referrals.firmId,
    id: referrals.id,
    label: referrals.reason,
    fields: [
      { label: 'Referred by (name)', value: referrals.referredByName },
      { label: 'Reason', value: referrals.reason },
    ],
  },
  {
    kind: 'incident',
    table: incidents,
    firmId: incidents.firmId,
    id: incidents.id,
    label: incidents.title,
    fields: [
      { label: 'Title', value: incidents.title },
      { label: 'What happened', value: incidents.whatHappened },
      { label: 'Acknowledgement', value: incidents.acknowledgement },
      { label: 'Explanation', value: incidents.explanation },
      { label: 'Prevention', value: incidents.prevention },
      { label: 'Verification', value: incidents.verification },
    ],
  },
  {
    kind: 'organization',
    table: organizations,
    firmId: organizations.firmId,
    id: organizations.id,
    label: organizations.name,
    fields: [{ label: 'Notes', value: organizations.notes }],
  },
  {
    kind: 'person',
    table: people,
    firmId: people.firmId,
    id: people.id,
    label: people.fullName,
    fields: [{ label: 'Notes', value: people.notes }],
    where: (personId) => ne(people.id, personId),
  },
  {
    kind: 'provider',
    table: providers,
    firmId: providers.firmId,
    id: providers.id,
    label: providers.name,
    fields: [
      { label: 'Contact name', value: providers.contactName },
      { label: 'Good at', value: providers.goodAt },
      { label: 'Notes', value: providers.notes },
    ],
  },
];

/** `%term%` for ILIKE, with the term's own % and _ taken literally. */
