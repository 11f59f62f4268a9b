/**
 * A Node stream that a producer writes to with back-pressure: `write` waits while the reader (an HTTP
 * response, a file) is behind, and fails once the reader has gone (e.g. a cancelled download), so the
 * producer stops instead of filling memory.
 */
import { PassThrough } from 'node:stream';

export interface ByteStream {
  readable: PassThrough;
  /** Resolves when the first bytes are written: until then, a failure can still be answered as an error. */
  started: Promise<void>;
  write(chunk: Uint8Array): Promise<void>;
}

export function byteStream(): ByteStream {
  const readable = new PassThrough();
  // The reader sees a failure through its own listeners; this one keeps a failure that no reader is left to
  // hear (it went away, or never came because the failure was reported as an error instead) from crashing.
  readable.on('error', () => {});
  const gone = () => new Error('The reader of the export went away before it was complete.');
  let start!: () => void;
  const started = new Promise<void>((resolve) => (start = resolve));
  return {
    readable,
    started,
    async write(chunk) {
      start();
      if (readable.destroyed) throw gone();
      if (readable.write(chunk)) return;
      await new Promise<void>((resolve, reject) => {
        const settle = (err?: Error) => {
          readable.off('drain', onDrain);
          readable.off('close', onClose);
          if (err) reject(err);
          else resolve();
        };
        const onDrain = () => settle();
        const onClose = () => settle(gone());
        readable.on('drain', onDrain);
        readable.on('close', onClose);
      });
    },
  };
}
