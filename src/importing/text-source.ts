/** Turns any import input (text, bytes or a stream of either) into a stream of text chunks, and peeks its head. */
import { decodeChunks, decodeText } from './decode-text.ts';
import type { ImportInput } from './types.ts';

/** How much text format detection looks at. */
export const HEAD_CHARS = 64 * 1024;

/** Text chunks of the input, decoded and without a byte-order mark. */
export async function* textChunks(input: ImportInput): AsyncGenerator<string> {
  if (typeof input === 'string') {
    yield input.replace(/^\uFEFF/, '');
  } else if (input instanceof Uint8Array) {
    yield decodeText(input).text;
  } else {
    yield* textOfStream(input);
  }
}

/** A stream is text if its first chunk is a string, bytes otherwise. */
async function* textOfStream(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const rest = { [Symbol.asyncIterator]: () => iterator };
  if (typeof first.value === 'string') {
    yield first.value.replace(/^\uFEFF/, '');
    for await (const chunk of rest) yield String(chunk);
    return;
  }
  yield* decodeChunks(prepend(first.value, rest as AsyncIterable<Uint8Array>));
}

async function* prepend<T>(first: T, rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield first;
  yield* rest;
}

/** Reads at least `minChars` of text (or all of it) for detection; `all` replays the head then the rest. */
export async function peekHead(
  chunks: AsyncIterable<string>,
  minChars = HEAD_CHARS,
): Promise<{ head: string; all: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = '';
  let done = false;
  while (head.length < minChars) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head += next.value;
  }
  async function* all(): AsyncGenerator<string> {
    yield head;
    if (!done) yield* { [Symbol.asyncIterator]: () => iterator };
  }
  return { head, all: all() };
}
