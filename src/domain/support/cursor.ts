/** Opaque keyset-pagination cursors: the sort key of the last row seen, so page N costs what page 1 costs. */
import { AppError } from '../errors.ts';

export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('invalid_cursor', 'The cursor is not one this server gave out. Start again from the first page.');
}

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a (sort key, id) cursor, refusing forged ids before they reach PostgreSQL as a bad uuid. */
export function decodeKeyAndId(cursor: string): [string, string] {
  const [key, id] = decodeCursor(cursor, 2);
  if (typeof key !== 'string' || typeof id !== 'string' || !uuidPattern.test(id)) {
    throw new AppError('invalid_cursor', 'The cursor is not one this server gave out. Start again from the first page.');
  }
  return [key, id];
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%" and nothing else. */
export function likePattern(q: string): string {
  return `%${q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
