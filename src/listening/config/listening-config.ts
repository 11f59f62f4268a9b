/**
 * The versioned thresholds and English phrase lists the analysis uses. The numbers live in
 * `data/thresholds.json` and their sources in docs/listening/thresholds.md; bump `version` in the JSON
 * whenever a threshold or a phrase list changes, so stored figures can say which rules made them.
 */
import thresholds from '../data/thresholds.json' with { type: 'json' };
import focus from '../data/en/focus.json' with { type: 'json' };
import companyOverview from '../data/en/company-overview.json' with { type: 'json' };
import trustLines from '../data/en/trust-lines.json' with { type: 'json' };

export type TrustLineCategory = 'pushy_close' | 'fake_empathy' | 'weak_opener';

export interface TrustLinePattern {
  id: string;
  category: TrustLineCategory;
  opening?: boolean;
  pattern: string;
  explanation: string;
  alternative: string;
}

export const listeningConfig = {
  version: thresholds.version,
  thresholds,
  focus,
  companyOverview,
  trustLines: trustLines as { openingLines: number; patterns: TrustLinePattern[] },
} as const;

export type ListeningThresholds = typeof thresholds;
