/** The vCard 2.1 normaliser: quoted-printable (soft breaks, charsets), bare TYPE parameters, binary dropped. */
import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable, normalizeVcard21 } from '../../src/importing/vcard-21.ts';
import { readVcardRecords } from '../../src/importing/read-vcard-records.ts';
import { collect } from './fixtures.ts';

describe('vCard 2.1', () => {
  it('decodes quoted-printable in UTF-8 or the CHARSET given', () => {
    expect(decodeQuotedPrintable('caf=C3=A9 =E2=80=A6')).toBe('café …');
    expect(decodeQuotedPrintable('caf=E9', 'ISO-8859-1')).toBe('café');
    expect(decodeQuotedPrintable('caf=E9', 'not-a-charset')).toBe('caf\uFFFD');
  });

  it('joins soft line breaks, turns bare types into TYPE=, drops binary and sets version 3.0', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BC=',
      'rgen',
      'TEL;WORK;VOICE:+49 711 1',
      'NOTE;QUOTED-PRINTABLE:line one=0D=0Aline two',
      'PHOTO;ENCODING=BASE64;TYPE=JPEG:',
      '  /9j/4AAQSkZJRg==',
      'END:VCARD',
    ].join('\n');
    expect(normalizeVcard21(card)).toBe(
      ['BEGIN:VCARD', 'VERSION:3.0', 'N:Müller;Jürgen', 'TEL;TYPE=WORK,VOICE:+49 711 1', 'NOTE:line one\\nline two', 'END:VCARD'].join('\n'),
    );
  });

  it('an Android-style 2.1 card reads into a record', async () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=85ngstr=C3=B6m;Zo=C3=AB;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB =C3=85ngstr=C3=B6m',
      'TEL;CELL;PREF:+46 70 123 45 67',
      'EMAIL;HOME:Zoe@Example.se',
      'BDAY:--0412',
      'END:VCARD',
    ].join('\r\n');
    const { records, errors } = await collect(readVcardRecords(text));
    expect(errors).toEqual([]);
    expect(records[0]).toMatchObject({ fullName: 'Zoë Ångström', phones: ['+46 70 123 45 67'], emails: ['zoe@example.se'], birthday: '--04-12' });
  });

  it('a card without FN is named from N; a KIND:org card is an organisation', async () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nN:Roe;Jane;;;\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Acme Ltd\nORG:Acme Ltd\nEND:VCARD\n';
    const { records } = await collect(readVcardRecords(text));
    expect(records.map((r) => [r.kind, r.fullName, r.organizationName])).toEqual([
      ['person', 'Jane Roe', undefined],
      ['organization', 'Acme Ltd', undefined],
    ]);
  });
});
