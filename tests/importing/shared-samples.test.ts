/** Every real sample in tests/fixtures/formats (sources and licenses in its README.md) reads as it should. */
import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../src/importing/column-mapping.ts';
import { previewImport } from '../../src/importing/preview-import.ts';
import { readCsvRecords } from '../../src/importing/read-csv-records.ts';
import { readVcardRecords } from '../../src/importing/read-vcard-records.ts';
import { collect, fixture } from './fixtures.ts';

const vcards = (name: string) => collect(readVcardRecords(fixture(name)));

describe('vCard samples', () => {
  it('ez-vcard Gmail export (3.0, grouped items, escaped note)', async () => {
    const { records, errors } = await vcards('ezvcard__gmail-single.vcf');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      {
        row: 1,
        kind: 'person',
        fullName: 'Greg Dartmouth',
        emails: ['gdartmouth@hotmail.com'],
        phones: ['555 555 1111', '555 555 2222'],
        addresses: [
          { street: '123 Home St\nHome City, HM 12345' },
          { street: '321 Custom St', city: 'Custom City', region: 'TX', postalCode: '98765', country: 'USA' },
        ],
        title: 'TheJobTitle',
        organizationName: 'TheCompany',
        birthday: '1960-09-10',
        notes: "This is GMail's note field.\nIt should be added as a NOTE type.\nACustomField: CustomField",
        website: 'http://TheProfile.com',
      },
    ]);
  });

  it('ez-vcard Outlook 2003 export (2.1: quoted-printable, bare types, base64 key)', async () => {
    const { records, errors } = await vcards('ezvcard__outlook-2003.vcf');
    expect(errors).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      fullName: 'John Doe III',
      emails: ['jdoe@hotmail.com'],
      phones: ['BusinessPhone', 'HomePhone', 'MobilePhone', 'BusinessFaxPhone'],
      title: 'The Job Title',
      organizationName: 'Company, The',
      notes: 'This is the note field!!\nSecond line\n\nThird line is empty',
      birthday: '1980-03-21',
      website: 'http://web-page-address.com',
      addresses: [{ street: '123 Main St, TheOffice', city: 'Austin', region: 'TX', postalCode: '12345', country: 'United States of America' }],
    });
  });

  it('RFC 2426 example: two cards, folded address lines, several emails', async () => {
    const { records, errors } = await vcards('ezvcard__rfc2426-example.vcf');
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.row, r.fullName, r.organizationName, r.emails, r.phones])).toEqual([
      [1, 'Frank Dawson', 'Lotus Development Corporation', ['frank_dawson@lotus.com', 'fdawson@earthlink.net'], ['+1-919-676-9515', '+1-919-676-9564']],
      [2, 'Tim Howes', 'Netscape Communications Corp.', ['howes@netscape.com'], ['+1-415-937-3419', '+1-415-528-4164']],
    ]);
    expect(records[0]!.addresses).toEqual([{ street: '6544 Battleford Drive', city: 'Raleigh', region: 'NC', postalCode: '27613-3502', country: 'U.S.A.' }]);
    expect(records[1]!.addresses[0]).toMatchObject({ city: 'Mountain View', postalCode: '94043' });
  });

  it('RFC 6350 example (4.0): tel URIs, birthday without a year', async () => {
    const { records, errors } = await vcards('ezvcard__rfc6350-example.vcf');
    expect(errors).toEqual([]);
    expect(records[0]).toMatchObject({
      fullName: 'Simon Perreault',
      emails: ['simon.perreault@viagenie.ca'],
      phones: ['+1-418-656-9254 ext. 102', '+1-418-262-6501'],
      organizationName: 'Viagenie',
      birthday: '--02-03',
      website: 'http://nomis80.org',
      addresses: [{ street: '2875 Laurier, Suite D2-630', city: 'Quebec', region: 'QC', postalCode: 'G1V 2M2', country: 'Canada' }],
    });
  });

  it('Thunderbird DOS vCard (CR CR LF line endings)', async () => {
    const { records, errors } = await vcards('thunderbird__dos_vcard_addressbook.vcf');
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.fullName, r.emails])).toEqual([['Name Surname', ['example@gmail.com']]]);
  });

  it('Thunderbird 2.1 export (lower case, version last, quoted-printable UTF-8)', async () => {
    const { records, errors } = await vcards('thunderbird__export_v21.vcf');
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.fullName, r.emails, r.title, r.notes])).toEqual([
      ['contact number one', ['contact1@invalid'], undefined, undefined],
      ['contact number two', ['contact2@invalid'], '"worker"', "here's some unicode text\u2026"],
    ]);
  });
});

describe('CSV samples', () => {
  it('Thunderbird address book CSV: 2 people, flavour detected', async () => {
    const preview = await previewImport(fixture('thunderbird__basic_csv_addressbook.csv'));
    expect(preview).toMatchObject({ format: 'csv', flavour: 'thunderbird', delimiter: ',', counts: { records: 2, errors: 0 } });
    expect(preview.sample.map((r) => [r.fullName, r.emails])).toEqual([
      ['John Doe', ['john@doe.invalid']],
      ['Jane Doe', ['jane@doe.invalid']],
    ]);
  });

  it('Thunderbird semicolon CSV', async () => {
    const preview = await previewImport(fixture('thunderbird__csv_semicolon.csv'));
    expect(preview).toMatchObject({ flavour: 'thunderbird', delimiter: ';', unmappedColumns: [] });
    expect(preview.sample.map((r) => [r.fullName, r.emails])).toEqual([
      ['John Doe', ['john@doe.invalid']],
      ['Jane Doe', ['jane@doe.invalid']],
    ]);
  });

  // The Data Loader files hold no contact columns: every row is an error until a person maps a column.
  it.each([
    ['dataloader__csvtext_BOM_UTF8.csv', 'utf-8'],
    ['dataloader__csvtext_BOM_UTF16LE.csv', 'utf-16le'],
  ])('%s: decoded (%s), no contact columns, so two row errors and a mapping warning', async (name, encoding) => {
    const preview = await previewImport(fixture(name));
    expect(preview).toMatchObject({ encoding, flavour: 'generic', unmappedColumns: ['column1', 'column2', 'column3'] });
    expect(preview.errors.map((e) => e.row)).toEqual([1, 2]);
    expect(preview.warnings[0]).toMatch(/No column was recognised as a name or an email/);
    const mapping = mapColumns(['column1', 'column2', 'column3'], 'generic').map((m) => ({ ...m, field: m.column === 'column1' ? ('fullName' as const) : null }));
    const { records } = await collect(readCsvRecords(fixture(name), { mapping }));
    expect(records.map((r) => r.fullName)).toEqual(['row1-1', 'row2-1']);
  });

  it('Data Loader escaped quotes, once a person maps column1 to the name', async () => {
    const mapping = [
      { column: 'column1', field: 'fullName' as const },
      { column: 'column2', field: 'notes' as const },
    ];
    const { records, errors } = await collect(readCsvRecords(fixture('dataloader__csvEscapedQuotes.csv'), { mapping }));
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.fullName, r.notes])).toEqual([
      ['"The Best" Account', 'bla'],
      ['The "Best" Account', 'bla'],
    ]);
  });
});
