/** Structured vCard values: one component with an escaped semicolon stays whole; several are split. */
import { describe, expect, it } from 'vitest';
import { readVcardRecords } from '../../src/importing/read-vcard-records.ts';
import { collect } from './fixtures.ts';

const card = (version: string, org: string) => `BEGIN:VCARD\r\nVERSION:${version}\r\nFN:Ada Lovelace\r\nORG:${org}\r\nEND:VCARD\r\n`;

describe('vCard organisation names', () => {
  it.each(['3.0', '4.0'])('keeps "Northwind; Ltd" whole in vCard %s, and takes the organisation from "Acme;Sales"', async (version) => {
    const escaped = await collect(readVcardRecords(card(version, 'Northwind\\; Ltd')));
    expect(escaped.records[0]?.organizationName).toBe('Northwind; Ltd');
    const withUnit = await collect(readVcardRecords(card(version, 'Acme;Sales')));
    expect(withUnit.records[0]?.organizationName).toBe('Acme');
  });
});
