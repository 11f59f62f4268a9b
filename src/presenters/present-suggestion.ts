/** A client's suggestion as the API shows it. */
import type { SuggestionView } from '../domain/suggestions/suggestion-view.ts';
import { iso, isoOrNull } from './iso.ts';

export function presentSuggestion(s: SuggestionView) {
  return {
    id: s.id,
    version: s.version,
    text: s.text,
    person: s.person,
    at: iso(s.at),
    status: s.status,
    adoptedVersion: s.adoptedVersion,
    resolvedAt: isoOrNull(s.resolvedAt),
    resolvedBy: s.resolvedBy,
  };
}
