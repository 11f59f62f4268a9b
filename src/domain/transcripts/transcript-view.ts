/** What the API shows for a transcript: its record, who each speaker is (with names), and the analysis. */
import type { Db } from '../../db/open-db.ts';
import type { Side, TranscriptAnalysis } from '../../listening/index.ts';
import { loadLinkNames } from '../support/linked-records.ts';
import type { SpeakerLink } from './speaker-links.ts';
import type { TranscriptRow } from './transcript-records.ts';

export interface TranscriptSpeakerView {
  name: string;
  side: Side;
  memberId: string | null;
  personId: string | null;
  memberName?: string;
  personName?: string;
}

export interface TranscriptView {
  row: TranscriptRow;
  speakers: TranscriptSpeakerView[];
  analysis: TranscriptAnalysis;
}

/** Speakers in order of first appearance (as the analysis lists them), each with its member's or person's name. */
export async function transcriptView(
  db: Db,
  row: TranscriptRow,
  links: ReadonlyMap<string, SpeakerLink>,
  speakers: readonly string[],
  analysis: TranscriptAnalysis,
): Promise<TranscriptView> {
  const linked = speakers.map((name) => ({ name, ...(links.get(name) ?? { side: 'unknown' as const, memberId: null, personId: null }) }));
  const names = await loadLinkNames(db, row.firmId, { members: linked.map((s) => s.memberId), people: linked.map((s) => s.personId) });
  return {
    row,
    analysis,
    speakers: linked.map((s) => {
      const memberName = names.member(s.memberId)?.name;
      const personName = names.person(s.personId)?.fullName;
      return { ...s, ...(memberName ? { memberName } : {}), ...(personName ? { personName } : {}) };
    }),
  };
}
