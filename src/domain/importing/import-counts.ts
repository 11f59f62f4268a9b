/** What an import did, counted as it goes: the report's numbers and its first row errors. */
import type { RowError } from '../../importing/types.ts';

export interface ImportCounts {
  createdPeople: number;
  createdOrganizations: number;
  /** Records that matched an existing one and added something to it. */
  updated: number;
  /** Records that matched an existing one and had nothing new. */
  skipped: number;
  errors: number;
}

export const noCounts = (): ImportCounts => ({ createdPeople: 0, createdOrganizations: 0, updated: 0, skipped: 0, errors: 0 });

export function addCounts(a: ImportCounts, b: Partial<ImportCounts>): ImportCounts {
  return {
    createdPeople: a.createdPeople + (b.createdPeople ?? 0),
    createdOrganizations: a.createdOrganizations + (b.createdOrganizations ?? 0),
    updated: a.updated + (b.updated ?? 0),
    skipped: a.skipped + (b.skipped ?? 0),
    errors: a.errors + (b.errors ?? 0),
  };
}

/** The CLI's fixed JSON contract (issue 5). */
export interface ImportReport {
  format: string;
  created: { people: number; organizations: number };
  updated: number;
  skipped: number;
  errors: RowError[];
}

export function toReport(format: string, counts: ImportCounts, errors: RowError[]): ImportReport {
  return {
    format,
    created: { people: counts.createdPeople, organizations: counts.createdOrganizations },
    updated: counts.updated,
    skipped: counts.skipped,
    errors,
  };
}
