/** Replaces one bench-written section of docs/BENCHMARKS.md: the text between its begin and end markers. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const sectionMarkers = (name: string) => ({
  begin: `<!-- bench:${name}:begin (written by npm run bench; edits here are overwritten) -->`,
  end: `<!-- bench:${name}:end -->`,
});

/** `section` must start and end with the markers of `name` (see sectionMarkers). */
export function writeSection(path: string, name: string, section: string): void {
  const { begin, end } = sectionMarkers(name);
  if (!existsSync(path)) throw new Error(`${path} does not exist.`);
  const doc = readFileSync(path, 'utf8');
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${path} lacks the bench:${name} markers; restore them.`);
  writeFileSync(path, doc.slice(0, from) + section + doc.slice(to + end.length));
}
