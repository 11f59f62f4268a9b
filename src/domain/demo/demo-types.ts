/**
 * The shapes the demo firm's content is written in. Content refers to organisations, people and our
 * own members by short keys; the loader turns keys into ids as it creates the records.
 */
import type { Channel, Notes } from '../../common/limits.ts';
import type { DemoTranscriptKey } from './demo-transcripts.ts';

/** Our side of the table: the demo firm's four members. */
export type DemoMemberKey = 'margaret' | 'daniel' | 'amara' | 'kenji';

export interface DemoMember {
  key: DemoMemberKey;
  name: string;
  /** Local part of the member's email; the loader makes it unique per load. */
  emailLocal: string;
  role: 'owner' | 'member';
}

export interface DemoOrganization {
  key: string;
  name: string;
  /** The organisation's email domain (always under the reserved `.example` TLD). */
  domain: string;
  website: string;
  industry: string;
  notes: string;
}

export interface DemoPerson {
  key: string;
  fullName: string;
  /** Email local parts at the first affiliation's domain, or full addresses when they contain "@". */
  emails: string[];
  /** Fictional numbers only: +44 20 7946 0xxx, or (xxx) 555-01xx. */
  phones: string[];
  notes?: string;
  affiliations: { org: string; title: string }[];
}

/** One conversation, as written: who took part, what we made of it, and what the client said. */
export interface DemoScript {
  channel: Channel;
  /** Person keys (1–3). */
  people: string[];
  /** Member keys (1–2). */
  members: DemoMemberKey[];
  summary: string;
  notes: Notes;
  /** Relative spacing from the previous conversation in the arc (default 1). */
  gap?: number;
  /** A call transcript stored on the conversation (see demo-transcripts.ts). */
  transcript?: DemoTranscriptKey;
}

/** An organisation's story: its conversations in order, spread over a window of days before `now`. */
export interface DemoArc {
  org: string;
  /** The window, in days before `now`: the first conversation falls near `fromDaysAgo`, the last near `toDaysAgo`. */
  fromDaysAgo: number;
  toDaysAgo: number;
  scripts: DemoScript[];
}
