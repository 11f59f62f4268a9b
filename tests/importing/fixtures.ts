/** Test helpers: the project's copies of the format fixtures, and collecting what a reader yields. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImportRecord, ReadItem, RowError } from '../../src/importing/types.ts';

const dir = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

export function fixture(name: string): Buffer {
  return readFileSync(dir + name);
}

export async function collect(items: AsyncIterable<ReadItem>) {
  const records: ImportRecord[] = [];
  const errors: RowError[] = [];
  const warnings: string[] = [];
  for await (const item of items) {
    if (item.type === 'record') {
      records.push(item.record);
      warnings.push(...item.warnings);
    } else {
      errors.push(item.error);
    }
  }
  return { records, errors, warnings };
}
