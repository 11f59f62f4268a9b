/**
 * The firm's records whose free text names a person (decision 020): conversation notes and summaries,
 * transcripts, needs, commitments, follow-ups, gifts, referrals, incidents, and the notes of organisations,
 * providers and other people. Erasing a person cannot rewrite what people wrote, so these are listed for a
 * member to review and edit. The database narrows the rows (ILIKE on each name term); the exact whole-word
 * match and the excerpt are worked out here (name-mentions.ts).
 */
import { and, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { transcripts, transcriptSpeakers } from '../../db/schema.ts';
import { sources, type Source, type Text } from './mention-sources.ts';
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
