/** Bytes → text: BOMs, UTF-16 with and without BOM, Windows-1252 fallback, characters split across chunks. */
import { describe, expect, it } from 'vitest';
import { decodeChunks, decodeText, detectEncoding } from '../../src/importing/decode-text.ts';
import { fixture } from './fixtures.ts';

async function join(chunks: AsyncIterable<string>) {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

async function* byteChunks(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('decodeText', () => {
  it('UTF-16 LE with BOM (our fixture and the Data Loader sample)', () => {
    expect(decodeText(fixture('own__utf16le-bom.csv'))).toEqual({
      encoding: 'utf-16le',
      text: 'Name,E-mail,Company\r\nZoë Ångström,zoe@example.se,Nordic Ltd\r\n王小明,xiaoming@example.cn,北京公司\r\n',
    });
    expect(decodeText(fixture('dataloader__csvtext_BOM_UTF16LE.csv')).text.startsWith('"column1","column2","column3"\n')).toBe(true);
  });

  it('UTF-16 BE without BOM is recognised by its NUL bytes', () => {
    const { text, encoding } = decodeText(fixture('own__utf16be-nobom.csv'));
    expect(encoding).toBe('utf-16be');
    expect(text).toContain('Zoë Ångström');
  });

  it('UTF-8 with BOM loses the BOM; without BOM is UTF-8', () => {
    expect(decodeText(fixture('dataloader__csvtext_BOM_UTF8.csv')).text.startsWith('"column1"')).toBe(true);
    expect(decodeText(new TextEncoder().encode('Prénom'))).toEqual({ text: 'Prénom', encoding: 'utf-8' });
  });

  it('bytes that are not UTF-8 are read as Windows-1252 (old Outlook exports)', () => {
    const bytes = new Uint8Array([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x80]); // "Prénom€"
    expect(detectEncoding(bytes)).toBe('windows-1252');
    expect(decodeText(bytes).text).toBe('Prénom€');
  });

  it('decodes a stream chunk by chunk, keeping characters split between chunks whole', async () => {
    const bytes = fixture('own__utf16le-bom.csv');
    expect(await join(decodeChunks(byteChunks(bytes, 3)))).toBe(decodeText(bytes).text);
    const utf8 = new TextEncoder().encode('王小明,Zoë');
    expect(await join(decodeChunks(byteChunks(utf8, 1)))).toBe('王小明,Zoë');
  });
});
