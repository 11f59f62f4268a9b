/** 100k rows stream through the async generator: rows are produced, read and dropped one at a time. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../src/importing/read-csv-records.ts';
import { readVcardRecords } from '../../src/importing/read-vcard-records.ts';

const ROWS = 100_000;

/** The file is generated lazily, in byte chunks, so it never exists whole in memory. */
function* csvChunks() {
  yield Buffer.from('\uFEFFFirst Name,Last Name,E-mail Address,Business Phone,Notes\r\n');
  for (let i = 1; i <= ROWS; i += 1000) {
    let chunk = '';
    for (let j = i; j < i + 1000 && j <= ROWS; j++) chunk += `Person,Number ${j},p${j}@example.com,+1 555 ${j},"line one\nline two"\r\n`;
    yield Buffer.from(chunk);
  }
}

describe('streaming', () => {
  it(`reads ${ROWS} CSV rows from a byte stream, counting without keeping them`, async () => {
    let records = 0;
    let errors = 0;
    let last = 0;
    for await (const item of readCsvRecords(Readable.from(csvChunks()))) {
      if (item.type === 'error') errors++;
      else {
        records++;
        last = item.record.row;
      }
    }
    expect({ records, errors, last }).toEqual({ records: ROWS, errors: 0, last: ROWS });
  });

  it('reads vCards from a stream whose chunks cut lines and cards anywhere', async () => {
    const text = Array.from({ length: 500 }, (_, i) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nEMAIL:p${i}@example.com\r\nEND:VCARD\r\n`).join('');
    async function* chunks() {
      for (let i = 0; i < text.length; i += 37) yield text.slice(i, i + 37);
    }
    let count = 0;
    for await (const item of readVcardRecords(chunks())) if (item.type === 'record') count++;
    expect(count).toBe(500);
  });
});
