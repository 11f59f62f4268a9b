/**
 * The layout of a firm's export (decision 022), shared by the writer (src/exporting) and the reader
 * (src/importing/yellowpad-export): where each file lives in the zip and what the manifest says.
 */

/** Bumped when a change would make an older reader misread an export; readers refuse newer versions. */
export const EXPORT_FORMAT_VERSION = 1;

export const MANIFEST_FILE = 'manifest.json';
export const VCARD_FILE = 'people.vcf';
export const jsonFile = (entity: string) => `json/${entity}.json`;
export const csvFile = (entity: string) => `csv/${entity}.csv`;

/** manifest.json: what the zip is, whose, when, and how many rows each entity's files hold. */
export interface ExportManifest {
  yellowpad: 'export';
  formatVersion: number;
  firm: { name: string; slug: string };
  exportedAt: string;
  appVersion: string;
  entities: Record<string, number>;
}
