/**
 * Bytes → text for exported contact files: UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM, or
 * without one when the NUL-byte pattern gives it away), and Windows-1252 when the bytes are not UTF-8
 * (older Outlook desktop exports). Works on a whole file or chunk by chunk.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How many leading bytes are enough to tell the encoding. */
const SNIFF_BYTES = 64 * 1024;

/** Detects the encoding from the first bytes of a file (a BOM, NUL bytes, or invalid UTF-8). */
export function detectEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const utf16 = utf16FromNulBytes(head);
  if (utf16) return utf16;
  return isUtf8(head) ? 'utf-8' : 'windows-1252';
}

/** BOM-less UTF-16: mostly-ASCII text has a NUL in every other byte (odd positions for LE, even for BE). */
function utf16FromNulBytes(head: Uint8Array): TextEncodingName | null {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenNuls++;
    if (head[i + 1] === 0) oddNuls++;
  }
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.1) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.1) return 'utf-16be';
  return null;
}

/** True when the bytes are valid UTF-8 (a sequence cut at the end of the sample is allowed). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Decodes a whole file; a byte-order mark is removed. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const encoding = detectEncoding(bytes.subarray(0, SNIFF_BYTES));
  const decoder = createChunkDecoder(encoding);
  return { text: decoder.decode(bytes) + decoder.end(), encoding };
}

/** Windows-1252 bytes 0x80–0x9F (Node's TextDecoder reads them as Latin-1 control characters). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(chunk: Uint8Array): string {
  return Buffer.from(chunk).toString('latin1').replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** A decoder fed chunk by chunk; a character split across two chunks is kept whole. */
export function createChunkDecoder(encoding: TextEncodingName): { decode(chunk: Uint8Array): string; end(): string } {
  if (encoding === 'windows-1252') return { decode: decodeWindows1252, end: () => '' };
  const decoder = new TextDecoder(encoding);
  return {
    decode: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}

/** Decodes a stream of byte chunks: buffers the first 64 KB to detect the encoding, then streams. */
export async function* decodeChunks(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  let decoder: ReturnType<typeof createChunkDecoder> | null = null;
  for await (const chunk of source) {
    if (decoder) {
      yield decoder.decode(chunk);
      continue;
    }
    held.push(chunk);
    heldBytes += chunk.length;
    if (heldBytes >= SNIFF_BYTES) {
      decoder = createChunkDecoder(detectEncoding(Buffer.concat(held)));
      yield decoder.decode(Buffer.concat(held));
    }
  }
  if (!decoder) {
    const all = Buffer.concat(held);
    decoder = createChunkDecoder(detectEncoding(all));
    yield decoder.decode(all);
  }
  yield decoder.end();
}
