/**
 * The firm's records whose free text names a person (decision 020): conversation notes and summaries,
 * transcripts, needs, commitments, follow-ups, gifts, referrals, incidents, and the notes of organisations,
 * providers and other people. Erasing a person cannot rewrite what people wrote, so these are listed for a
 * member to review and edit. The database narrows the rows (ILIKE on each name term); the exact whole-word
 * match and the excerpt are worked out here (name-mentions.ts).
 */
import { and, eq, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { facetLabels, noteFacets } from '../../common/limits.ts';
import type { Db } from '../../db/open-db.ts';
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
  transcriptSpeakers,
} from '../../db/schema.ts';
import { findMention, namePatterns, nameTerms, type NameMention } from './name-mentions.ts';

export const reviewKinds = [
  'conversation_note',
  'transcript',
  'need',
  'commitment',
  'follow_up',
  'gift',
  'referral',
  'incident',
  'organization',
  'person',
  'provider',
] as const;
export type ReviewKind = (typeof reviewKinds)[number];

/** Rows read per source at most: a common first name must not turn the review into a dump of the firm. */
export const mentionRowsMax = 200;

export interface ReviewItem extends NameMention {
  kind: ReviewKind;
  /** The record to open and edit (for a transcript, its conversation). */
  id: string;
  conversationId: string | null;
  /** The record's own title or first line. */
  label: string;
  /** Where in the record the name was found, e.g. "Notes: Goals", "Body". */
  fields: string[];
}

export interface Mentions {
  items: ReviewItem[];
  /** False when a source had more matching rows than were read (narrow by editing, then look again). */
  complete: boolean;
}

type Text = PgColumn | SQL;
interface Source {
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

const sources: Source[] = [
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
const containing = (term: string) => `%${term.replace(/[\\%_]/g, '\\$&')}%`;

const labelMax = 120;
const shortLabel = (label: string | null) => {
  const line = (label ?? '').replace(/\s+/g, ' ').trim();
  return line.length > labelMax ? `${line.slice(0, labelMax - 1)}…` : line;
};

type Row = { id: string; conversationId: string | null; label: string | null } & Record<`f${number}`, string | null>;

/** The records of one source whose fields name the person, at most mentionRowsMax rows read. */
async function readSource(db: Db, firmId: string, personId: string, source: Source, terms: string[]): Promise<Row[]> {
  const named = or(...source.fields.flatMap((f) => terms.map((term) => ilike(f.value, containing(term)))));
  const where = and(eq(source.firmId, firmId), named, source.where?.(personId));
  const selection: Record<string, Text> = { id: source.id, conversationId: source.conversationId ?? sql<null>`null`, label: source.label };
  source.fields.forEach((f, i) => (selection[`f${i}`] = f.value));
  return (await db
    .select(selection)
    .from(source.table)
    .where(where)
    .limit(mentionRowsMax + 1)) as Row[];
}

/** Transcripts with a speaker linked to the person: their label stays, so they are always worth a look. */
async function linkedSpeakers(db: Db, firmId: string, personId: string): Promise<ReviewItem[]> {
  const rows = await db
    .select({ conversationId: transcriptSpeakers.conversationId, name: transcriptSpeakers.name, fileName: transcripts.fileName })
    .from(transcriptSpeakers)
    .innerJoin(transcripts, and(eq(transcripts.firmId, transcriptSpeakers.firmId), eq(transcripts.conversationId, transcriptSpeakers.conversationId)))
    .where(and(eq(transcriptSpeakers.firmId, firmId), eq(transcriptSpeakers.personId, personId)));
  return rows.map((r) => {
    const prefix = 'Speaker label: ';
    return {
      kind: 'transcript',
      id: r.conversationId,
      conversationId: r.conversationId,
      label: shortLabel(r.fileName ?? 'Transcript'),
      fields: ['Speaker linked to this person'],
      excerpt: `${prefix}${r.name}`,
      matchStart: prefix.length,
      matchLength: r.name.length,
    };
  });
}

/**
 * Everything in the firm whose free text names `fullName`, one item per record (the fields it was found in,
 * the excerpt of the first), in the order of reviewKinds. `personId` is the person themself: their own row
 * and confirmations are not listed, and transcripts with a speaker linked to them are.
 */
export async function findMentions(db: Db, firmId: string, personId: string, fullName: string): Promise<Mentions> {
  const terms = nameTerms(fullName);
  const patterns = namePatterns(fullName);
  const byRecord = new Map<string, ReviewItem>();
  let complete = true;
  const add = (item: ReviewItem) => {
    const key = `${item.kind}:${item.id}`;
    const seen = byRecord.get(key);
    if (seen) seen.fields.push(...item.fields.filter((f) => !seen.fields.includes(f)));
    else byRecord.set(key, item);
  };

  if (terms.length > 0) {
    for (const source of sources) {
      const rows = await readSource(db, firmId, personId, source, terms);
      if (rows.length > mentionRowsMax) complete = false;
      for (const row of rows.slice(0, mentionRowsMax)) {
        const found = source.fields
          .map((f, i) => ({ field: f.label, mention: findMention(row[`f${i}`], patterns) }))
          .filter((x): x is { field: string; mention: NameMention } => x.mention !== null);
        if (found.length === 0) continue;
        add({
          kind: source.kind,
          id: row.id,
          conversationId: row.conversationId,
          label: shortLabel(row.label),
          fields: found.map((x) => x.field),
          ...found[0]!.mention,
        });
      }
    }
  }
  for (const item of await linkedSpeakers(db, firmId, personId)) add(item);
  const items = [...byRecord.values()].sort((a, b) => reviewKinds.indexOf(a.kind) - reviewKinds.indexOf(b.kind));
  return { items, complete };
}
