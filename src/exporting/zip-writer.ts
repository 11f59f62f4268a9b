/**
 * Writes a zip file by file through fflate's streaming Zip: each file's text is deflated as it is pushed
 * and the compressed bytes are handed to the sink at once, waiting when the sink is full, so only a page
 * of rows is ever held in memory.
 */
import { strToU8, Zip, ZipDeflate } from 'fflate';

/** Where the zip's bytes go; `write` resolves when more may be written. */
export type ByteSink = (chunk: Uint8Array) => Promise<void>;

export class ZipWriter {
  private readonly zip: Zip;
  private readonly ready: Uint8Array[] = [];
  private failure: Error | null = null;

  constructor(private readonly sink: ByteSink) {
    this.zip = new Zip((err, chunk) => {
      if (err) this.failure = err;
      else this.ready.push(chunk);
    });
  }

  /** Adds one file; `write` pushes its text in pieces. The file is closed when `write` resolves. */
  async file(name: string, write: (push: (text: string) => Promise<void>) => Promise<void>): Promise<void> {
    const entry = new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    await write(async (text) => {
      entry.push(strToU8(text));
      await this.flush();
    });
    entry.push(new Uint8Array(0), true);
    await this.flush();
  }

  /** Writes the central directory: the zip is complete. */
  async end(): Promise<void> {
    this.zip.end();
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.ready.length > 0) await this.sink(this.ready.shift()!);
  }
}
