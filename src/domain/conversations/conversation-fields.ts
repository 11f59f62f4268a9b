/** Normalisation shared by creating and editing a conversation: when, how, and the yellow-pad notes. */
import { channels, limits, noteFacets, type Channel, type Notes } from '../../common/limits.ts';
import { AppError } from '../errors.ts';

function invalid(field: string, problem: string, message: string): AppError {
  return new AppError('validation_failed', message, { fields: { [field]: problem } });
}

/** Accepts a Date or an ISO string (the API insists on an offset; callers in code may pass a Date). */
export function parseOccurredAt(value: Date | string): Date {
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw invalid('occurredAt', 'is not a valid date and time', 'Say when the conversation happened, e.g. 2025-03-14T10:30:00+01:00.');
  }
  return date;
}

/** Guards the channel for callers outside the HTTP layer (the database would refuse it less politely). */
export function checkChannel(value: string): Channel {
  if (!(channels as readonly string[]).includes(value)) {
    throw invalid('channel', `must be one of ${channels.join(', ')}`, 'Pick how the conversation took place.');
  }
  return value as Channel;
}

const knownFacets = new Set<string>(noteFacets);

/**
 * The notes as stored: known facets only, each trimmed, empty ones dropped, so "nothing noted" is
 * always an absent key and never "" or whitespace.
 */
export function normaliseNotes(notes: Record<string, string | null | undefined> | undefined): Notes {
  const result: Record<string, string> = {};
  for (const [facet, value] of Object.entries(notes ?? {})) {
    if (!knownFacets.has(facet)) {
      throw invalid('notes', `unknown facet "${facet}"; use ${noteFacets.join(', ')}`, 'The notes contain a facet Yellowpad does not know.');
    }
    const text = value?.trim();
    if (!text) continue;
    if (text.length > limits.facetMax) throw invalid(`notes.${facet}`, `must be at most ${limits.facetMax} characters`, 'A note is too long.');
    result[facet] = text;
  }
  return result as Notes;
}
