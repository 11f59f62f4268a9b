/**
 * "What I heard": the recap a professional sends a client after a conversation, drafted from the yellow-pad
 * notes — the client's own words first, then each facet in plain words addressed to them. Confidential
 * facets and our private summary stay out unless the professional ticks them in. Pure, so the web app drafts
 * live as boxes are ticked and the server drafts the same text when a link is made without one.
 */
import { noteFacets, type NoteFacet, type Notes } from './limits.ts';

/** Facets that hold what was said in confidence or our own reading of the client's politics. */
export const confidentialFacets: readonly NoteFacet[] = ['personal', 'decisionProcess'];

/** What can go into a recap: the note facets, and our summary (private to the firm unless ticked in). */
export type RecapPart = NoteFacet | 'summary';
export const recapParts: readonly RecapPart[] = [...noteFacets, 'summary'];

/** Parts left out unless the professional ticks them in. */
export const privateRecapParts: readonly RecapPart[] = [...confidentialFacets, 'summary'];

/** Each part's heading as the client reads it: about them, in the second person. */
export const recapHeadings: Record<RecapPart, string> = {
  inTheirWords: 'In your words',
  situation: 'Where you are today',
  goals: 'What you want to achieve',
  challenges: 'What stands in your way',
  concerns: 'What worries you',
  externalDrivers: 'What is pressing from outside',
  motivationToChange: 'Why now',
  decisionProcess: 'How you will decide',
  personal: 'What matters to you personally',
  summary: 'What we agreed',
};

/** The parts ticked in by default: everything that has text, except the confidential facets and the summary. */
export function defaultRecapParts(notes: Notes, summary: string | null | undefined): RecapPart[] {
  return recapParts.filter((part) => hasText(part, notes, summary) && !privateRecapParts.includes(part));
}

function hasText(part: RecapPart, notes: Notes, summary: string | null | undefined): boolean {
  const text = part === 'summary' ? summary : notes[part];
  return typeof text === 'string' && text.trim().length > 0;
}

/** Quotes the client's words unless they are already quoted. */
function quoted(text: string): string {
  return /^[“"„«].*[”"“»]$/su.test(text) ? text : `“${text}”`;
}

export interface RecapDraftInput {
  notes: Notes;
  summary?: string | null;
  /** The parts to include, in any order (they are written in the pad's order). */
  include: readonly RecapPart[];
  /** The client's first name or full name, for the greeting; none: no greeting line. */
  clientName?: string | null;
}

/** The recap as plain text, or '' when none of the included parts has any text. */
export function draftRecap(input: RecapDraftInput): string {
  const parts = recapParts.filter((part) => input.include.includes(part) && hasText(part, input.notes, input.summary));
  if (parts.length === 0) return '';
  const sections = parts.map((part) => {
    const text = (part === 'summary' ? input.summary! : input.notes[part]!).trim();
    return `${recapHeadings[part]}:\n${part === 'inTheirWords' ? quoted(text) : text}`;
  });
  const greeting = input.clientName?.trim() ? `${input.clientName.trim().split(/\s+/)[0]}, here` : 'Here';
  return [`${greeting} is what I heard when we spoke. Please tell me if I got anything wrong or missed something that matters.`, ...sections].join(
    '\n\n',
  );
}
