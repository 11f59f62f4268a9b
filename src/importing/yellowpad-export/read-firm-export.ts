/**
 * Reads a Yellowpad export zip (decision 022) for an import: checks the manifest (a Yellowpad export, a
 * format this version reads) and returns each entity's rows from its JSON file, checked row by row. A file
 * that is not an export, is of a newer format or lacks a file an import needs is refused with a message
 * naming the file and the problem.
 */
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import type { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { EXPORT_FORMAT_VERSION, jsonFile, MANIFEST_FILE, type ExportManifest } from '../../exporting/export-format.ts';

/** The entities an import reads; the export has them all since format version 1. */
export const importedEntities = ['members', 'organizations', 'people', 'affiliations', 'conversations', 'conversation_people', 'conversation_members'] as const;
export type ImportedEntity = (typeof importedEntities)[number];

/** A row left out, named by its file and 1-based position in that file's list. */
export interface ExportRowError {
  file: string;
  row: number;
  message: string;
  /** The exported record's id, when it has one: rows that refer to it are left out without a second error. */
  id?: string;
}

export interface FirmExportContents {
  manifest: ExportManifest;
  /** The rows of an entity that fit `schema`; the others are added to `errors`. */
  rows<T extends z.ZodType>(entity: ImportedEntity, schema: T, errors: ExportRowError[]): z.infer<T>[];
}

const unreadable = (message: string) => new AppError('export_unreadable', message);

/** True when the bytes are a zip holding a Yellowpad export's manifest (cheap: only the manifest is inflated). */
export function isFirmExport(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === MANIFEST_FILE });
    const manifest = JSON.parse(strFromU8(files[MANIFEST_FILE]!)) as { yellowpad?: unknown };
    return manifest.yellowpad === 'export';
  } catch {
    return false;
  }
}

export function readFirmExport(bytes: Uint8Array): FirmExportContents {
  const wanted = new Set<string>([MANIFEST_FILE, ...importedEntities.map(jsonFile)]);
  let files: Unzipped;
  try {
    files = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
  } catch (err) {
    throw unreadable(`This file is not a Yellowpad export: it could not be opened as a zip (${err instanceof Error ? err.message : String(err)}).`);
  }
  const manifest = readManifest(files);
  const lists = new Map<ImportedEntity, unknown[]>(importedEntities.map((entity) => [entity, readList(files, jsonFile(entity))]));
  return {
    manifest,
    rows(entity, schema, errors) {
      const file = jsonFile(entity);
      const valid: z.infer<typeof schema>[] = [];
      lists.get(entity)!.forEach((item, i) => {
        const parsed = schema.safeParse(item);
        if (parsed.success) valid.push(parsed.data);
        else errors.push({ file, row: i + 1, message: `${file}, item ${i + 1}: ${describeIssues(parsed.error)}`, ...idOf(item) });
      });
      return valid;
    },
  };
}

function readManifest(files: Unzipped): ExportManifest {
  if (!files[MANIFEST_FILE]) throw unreadable(`This zip is not a Yellowpad export: it has no ${MANIFEST_FILE}.`);
  const manifest = parseJson(files, MANIFEST_FILE) as Partial<ExportManifest> | null;
  if (manifest?.yellowpad !== 'export') throw unreadable(`This zip is not a Yellowpad export: its ${MANIFEST_FILE} does not say "yellowpad": "export".`);
  if (typeof manifest.formatVersion !== 'number' || !Number.isInteger(manifest.formatVersion) || manifest.formatVersion < 1) {
    throw unreadable(`${MANIFEST_FILE} has no valid formatVersion, so this export cannot be read.`);
  }
  if (manifest.formatVersion > EXPORT_FORMAT_VERSION) {
    throw unreadable(
      `This export was made by a newer Yellowpad (format version ${manifest.formatVersion}); this server reads version ${EXPORT_FORMAT_VERSION}. Update Yellowpad, then import it again.`,
    );
  }
  return manifest as ExportManifest;
}

function readList(files: Unzipped, name: string): unknown[] {
  if (!files[name]) throw unreadable(`This Yellowpad export is incomplete: ${name} is missing.`);
  const list = parseJson(files, name);
  if (!Array.isArray(list)) throw unreadable(`${name} must hold a list of records, but it holds something else.`);
  return list;
}

function parseJson(files: Unzipped, name: string): unknown {
  try {
    return JSON.parse(strFromU8(files[name]!));
  } catch (err) {
    throw unreadable(`${name} is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
}

function idOf(item: unknown): { id?: string } {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? { id } : {};
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'the record'} ${issue.message}`).join('; ');
}
