/** Our own fixtures of each exporter's documented layout: the flavour is detected and key fields come through. */
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../src/importing/preview-import.ts';
import { fixture } from './fixtures.ts';

const preview = (name: string) => previewImport(fixture(name));

describe('flavour detection and key fields', () => {
  it.each([
    ['own__hubspot-contacts.csv', 'hubspot-contacts', ','],
    ['own__hubspot-companies.csv', 'hubspot-companies', ','],
    ['own__salesforce-contacts.csv', 'salesforce-contacts', ','],
    ['own__salesforce-accounts.csv', 'salesforce-accounts', ','],
    ['own__google-current.csv', 'google', ','],
    ['own__google-legacy.csv', 'google', ','],
    ['own__outlook-desktop-en.csv', 'outlook', ','],
    ['own__outlook-desktop-fr.csv', 'outlook', ';'],
    ['own__outlook-desktop-de.csv', 'outlook', ';'],
    ['own__outlook-com.csv', 'outlook', ','],
    ['thunderbird__basic_csv_addressbook.csv', 'thunderbird', ','],
    ['own__quoted-newlines.csv', 'generic', ','],
  ])('%s is %s, delimited by "%s", with no row errors', async (name, flavour, delimiter) => {
    const result = await preview(name);
    expect(result).toMatchObject({ format: 'csv', flavour, delimiter, errors: [], warnings: [] });
  });

  it('vCard is detected, and a format override wins', async () => {
    expect((await preview('ezvcard__rfc6350-example.vcf')).format).toBe('vcard');
    expect((await previewImport(fixture('ezvcard__rfc6350-example.vcf'), { format: 'csv' })).format).toBe('csv');
  });

  it('HubSpot contacts: record id, associated company, lower-cased email', async () => {
    const { sample } = await preview('own__hubspot-contacts.csv');
    expect(sample).toEqual([
      { row: 1, kind: 'person', sourceId: '51', fullName: 'Maria Garcia', emails: ['maria.garcia@northwind.example'], phones: ['+1 555 0101'], title: 'Finance Director', organizationName: 'Northwind Traders', addresses: [] },
      { row: 2, kind: 'person', sourceId: '52', fullName: "Liam O'Brien", emails: ['liam@contoso.example'], phones: [], organizationName: 'Contoso', addresses: [] },
    ]);
  });

  it('HubSpot companies become organisations', async () => {
    const { sample } = await preview('own__hubspot-companies.csv');
    expect(sample.map((r) => [r.kind, r.sourceId, r.fullName, r.website, r.industry, r.organizationName])).toEqual([
      ['organization', '9001', 'Northwind Traders', 'northwind.example', 'Wholesale', undefined],
      ['organization', '9002', 'Contoso', 'contoso.example', 'Consulting', undefined],
    ]);
    expect(sample[0]!.addresses).toEqual([{ city: 'Seattle', region: 'WA', country: 'United States' }]);
  });

  it('Salesforce contacts: 18-character ids, account id, quoted commas, ISO birthdate', async () => {
    const { sample } = await preview('own__salesforce-contacts.csv');
    expect(sample[0]).toMatchObject({
      sourceId: '0035g00000AbCdEAAZ',
      organizationSourceId: '0015g00000XyZaBAAV',
      fullName: 'Rose Gonzalez',
      title: 'SVP, Procurement',
      emails: ['rose@edge.example'],
      phones: ['(512) 757-6000', '(512) 757-9340'],
      birthday: '1968-02-14',
      notes: 'Key decision maker',
      addresses: [{ street: '313 Constitution Place', city: 'Austin', region: 'TX', postalCode: '78767', country: 'USA' }],
    });
    expect(sample[1]).toMatchObject({ fullName: 'Sean Forbes', organizationSourceId: '0015g00000XyZaBAAV' });
  });

  it('Salesforce accounts become organisations named by NAME', async () => {
    const { sample, unmappedColumns } = await preview('own__salesforce-accounts.csv');
    expect(sample.map((r) => [r.kind, r.sourceId, r.fullName, r.industry, r.website])).toEqual([
      ['organization', '0015g00000XyZaBAAV', 'Edge Communications', 'Electronics', 'http://edgecomm.example'],
      ['organization', '0015g00000XyZaCAAV', 'Burlington Textiles Corp of America', 'Apparel', 'www.burlington.example'],
    ]);
    expect(unmappedColumns).toEqual(['TYPE', 'CREATEDDATE']);
  });

  it('Google current: " ::: "-joined emails and phones, --MM-DD birthday, UTF-8 BOM', async () => {
    const { sample } = await preview('own__google-current.csv');
    expect(sample[0]).toMatchObject({
      fullName: 'Ada M. Lovelace',
      emails: ['ada@engines.example', 'ada.home@example.org', 'ada@lovelace.example'],
      phones: ['+44 20 7946 0001', '+44 20 7946 0002'],
      organizationName: 'Analytical Engines Ltd',
      title: 'Chief Scientist',
      birthday: '1815-12-10',
      website: 'https://ada.example',
      addresses: [{ street: "12 St James's Square", city: 'London', postalCode: 'SW1Y 4JH', country: 'United Kingdom' }],
    });
    expect(sample[1]).toMatchObject({ fullName: 'Charles Babbage', birthday: '--12-26', organizationName: 'Difference Ltd' });
  });

  it('Google legacy layout', async () => {
    const { sample } = await preview('own__google-legacy.csv');
    expect(sample[0]).toMatchObject({ fullName: 'Grace Hopper', emails: ['grace@navy.example'], organizationName: 'US Navy', title: 'Rear Admiral', birthday: '1906-12-09' });
  });

  it('Outlook desktop (English): courtesy title ignored, job title kept, business + home addresses, US dates, 0/0/00', async () => {
    const { sample, unmappedColumns } = await preview('own__outlook-desktop-en.csv');
    expect(sample[0]).toMatchObject({
      fullName: 'Robert Smith',
      title: 'Account Manager',
      organizationName: 'Fabrikam Inc.',
      emails: ['robert.smith@fabrikam.example', 'bob@home.example'],
      phones: ['(415) 555-0199', '(510) 555-0142', '(415) 555-0123'],
      birthday: '1985-04-12',
      notes: 'Prefers calls\nafter 10am',
      addresses: [
        { street: '1 Market St\nSuite 200', city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'United States' },
        { street: '9 Elm Rd', city: 'Oakland', region: 'CA', postalCode: '94601', country: 'United States' },
      ],
    });
    expect(sample[1]).toMatchObject({ fullName: 'Jane Roe', emails: ['jane.roe@example.com'] });
    expect(sample[1]!.birthday).toBeUndefined();
    expect(unmappedColumns).toContain('Title');
  });

  it('Outlook desktop (French, semicolons): localised headers, DD/MM/YYYY', async () => {
    const { sample } = await preview('own__outlook-desktop-fr.csv');
    expect(sample[0]).toMatchObject({
      fullName: 'Élodie Durand',
      title: 'Directrice financière',
      organizationName: 'Société Générale des Eaux',
      emails: ['elodie.durand@eaux.example', 'e.durand@perso.example'],
      phones: ['01 23 45 67 89', '06 12 34 56 78'],
      birthday: '1979-03-05',
      addresses: [{ street: '3 rue de la Paix', city: 'Paris', postalCode: '75002', country: 'France' }],
    });
  });

  it('Outlook desktop (German, semicolons): localised headers, DD.MM.YYYY', async () => {
    const { sample } = await preview('own__outlook-desktop-de.csv');
    expect(sample[0]).toMatchObject({
      fullName: 'Jürgen Müller',
      title: 'Geschäftsführer',
      organizationName: 'Müller & Söhne GmbH',
      emails: ['juergen.mueller@soehne.example'],
      phones: ['+49 711 123456', '+49 170 1234567'],
      birthday: '1970-12-24',
      notes: 'Kennt uns über die Messe',
      addresses: [{ street: 'Königstraße 1', city: 'Stuttgart', region: 'BW', postalCode: '70173', country: 'Deutschland' }],
    });
  });

  it('Outlook.com export', async () => {
    const { sample } = await preview('own__outlook-com.csv');
    expect(sample).toEqual([
      {
        row: 1,
        kind: 'person',
        fullName: 'Priya Patel',
        emails: ['priya@adatum.example'],
        phones: ['+1 425 555 0111', '+1 425 555 0112'],
        title: 'Partner',
        organizationName: 'Adatum Corporation',
        birthday: '1990-07-01',
        addresses: [{ street: '1 Microsoft Way', city: 'Redmond', region: 'WA', postalCode: '98052', country: 'United States' }],
      },
    ]);
  });

  it('quoted newlines, commas and doubled quotes stay inside their cell', async () => {
    const { sample } = await preview('own__quoted-newlines.csv');
    expect(sample.map((r) => [r.row, r.fullName, r.notes, r.addresses])).toEqual([
      [1, 'Ann "Annie" Lee', 'First line\nsecond line, with a comma\nthird line', [{ street: '10 Long Road\nFlat 2' }]],
      [2, 'Ben Cole', 'One line', []],
    ]);
  });
});
