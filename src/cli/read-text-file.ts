/** Reads a text file people exported from another tool: UTF-8 (with or without a BOM) or UTF-16 with a BOM. */
import { readFile } from 'node:fs/promises';
import { AppError } from '../domain/errors.ts';

export async function readTextFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError('validation_failed', code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read (${code ?? 'unknown error'}).`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
