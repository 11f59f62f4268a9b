/** Lines that hurt trust, one finding per phrase pattern with every line that used it. */
import type { TrustLineCategory } from '../config/listening-config.ts';
import type { TrustLineHit } from '../measures/trust-lines.ts';
import type { Severity } from '../types.ts';

export const trustLineSeverity: Record<TrustLineCategory, Severity> = {
  pushy_close: 'concern',
  fake_empathy: 'warning',
  weak_opener: 'info',
};

/** Hits grouped by pattern, in the order the patterns are listed. */
export function groupTrustLineHits(hits: readonly TrustLineHit[]): TrustLineHit[][] {
  const groups = new Map<string, TrustLineHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.pattern.id);
    if (group) group.push(hit);
    else groups.set(hit.pattern.id, [hit]);
  }
  return [...groups.values()];
}

export function trustLineMessage(group: readonly TrustLineHit[]): string {
  const first = group[0]!;
  const times = group.length > 1 ? ` (${group.length} times)` : '';
  return `"${first.text}"${times}: ${first.pattern.explanation}`;
}
