/**
 * csv-parse's streaming parser, driven chunk by chunk: each text chunk is written, the records it completed
 * are yielded, then the next chunk is written (so memory holds one chunk's rows at most). Records are taken
 * through `on_record` rather than the readable side so that, when the parser fails (an unclosed quote),
 * every row before the failure has been yielded before the error is thrown.
 */
import { parse, type Options } from 'csv-parse';
import type { Transform } from 'node:stream';

export async function* csvRows(chunks: AsyncIterable<string>, options: Options): AsyncGenerator<string[]> {
  const completed: string[][] = [];
  const parser = parse({
    ...options,
    on_record: (record: string[]) => {
      completed.push(record);
      return null;
    },
  });
  let failure: unknown = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  try {
    for await (const chunk of chunks) {
      await settle(parser, (done) => parser.write(chunk, done));
      yield* completed.splice(0);
      if (failure) throw failure;
    }
    await settle(parser, (done) => parser.end(done));
    yield* completed.splice(0);
    if (failure) throw failure;
  } finally {
    parser.destroy();
  }
}

/** Resolves when the write/end callback runs or the parser fails, whichever comes first. */
function settle(parser: Transform, start: (done: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      parser.off('error', finish);
      resolve();
    };
    parser.once('error', finish);
    start(finish);
  });
}
