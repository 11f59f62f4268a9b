/** Header synonyms: case, accent and punctuation insensitive, localised, with per-flavour specifics. */
import { describe, expect, it } from 'vitest';
import synonyms from '../../src/importing/data/column-synonyms.json' with { type: 'json' };
import { fieldOf, FIELD_TARGETS, headerKey, isDayFirst, mapColumns, unmappedColumns } from '../../src/importing/column-mapping.ts';
import { detectCsvFlavour, detectDelimiter, detectFormat } from '../../src/importing/detect-format.ts';

describe('column mapping', () => {
  it('compares headers without case, accents, spaces or punctuation', () => {
    expect(headerKey('E-mail 2 Address')).toBe('email2address');
    expect(headerKey('Prénom')).toBe('prenom');
    expect(headerKey('Straße geschäftlich')).toBe('strassegeschaftlich');
    expect(fieldOf('FIRST_NAME', 'generic')).toBe('firstName');
    expect(fieldOf('e mail', 'generic')).toBe('email');
  });

  it.each([
    ['Prénom', 'firstName'], ['Nom', 'lastName'], ['Adresse de messagerie', 'email'], ['Adresse de messagerie 2', 'email'],
    ['Société', 'organizationName'], ['Tél. mobile', 'phone'], ['Anniversaire', 'birthday'], ['Poste', 'title'],
    ['Vorname', 'firstName'], ['Nachname', 'lastName'], ['E-Mail-Adresse', 'email'], ['E-Mail 2: Adresse', 'email'],
    ['Firma', 'organizationName'], ['Mobiltelefon', 'phone'], ['Geburtstag', 'birthday'], ['Postleitzahl geschäftlich', 'postalCode'],
  ] as const)('localised Outlook header "%s" → %s', (header, field) => {
    expect(fieldOf(header, 'outlook')).toBe(field);
  });

  it('flavour specifics win over the generic synonyms', () => {
    expect(fieldOf('Title', 'outlook')).toBeNull(); // Outlook's "Title" is Mr./Ms.; "Job Title" is the job
    expect(fieldOf('Title', 'generic')).toBe('title');
    expect(fieldOf('Job Title', 'outlook')).toBe('title');
    expect(fieldOf('NAME', 'salesforce-accounts')).toBe('organizationName');
    expect(fieldOf('NAME', 'salesforce-contacts')).toBe('fullName');
    expect(fieldOf('ACCOUNTID', 'salesforce-contacts')).toBe('organizationSourceId');
    expect(fieldOf('Record ID', 'hubspot-contacts')).toBe('sourceId');
    expect(fieldOf('Associated Company', 'hubspot-contacts')).toBe('organizationName');
    expect(fieldOf('E-mail 3 - Value', 'google')).toBe('email');
    expect(fieldOf('Phone 2 - Value', 'google')).toBe('phone');
    expect(fieldOf('Address 2 - City', 'google')).toBe('homeCity');
    expect(fieldOf('Birth Day', 'thunderbird')).toBe('birthDay');
    expect(fieldOf('Birthday', 'outlook')).toBe('birthday');
  });

  it('no compared header means two fields in one table, and every field named exists', () => {
    const tables = [synonyms.generic, ...Object.values(synonyms.flavours)] as Record<string, string[]>[];
    for (const table of tables) {
      const seen = new Map<string, string>();
      for (const [field, headers] of Object.entries(table)) {
        if (field !== 'ignore') expect(FIELD_TARGETS).toContain(field);
        for (const header of headers) {
          const key = headerKey(header);
          expect(seen.get(key) ?? field, `"${header}"`).toBe(field);
          seen.set(key, field);
        }
      }
    }
  });

  it('maps column by column (duplicate headers stay distinct) and lists unmapped columns', () => {
    const mapping = mapColumns(['Name', 'Email', 'Email', 'Favourite colour', ''], 'generic');
    expect(mapping.map((m) => m.field)).toEqual(['fullName', 'email', 'email', null, null]);
    expect(unmappedColumns(mapping)).toEqual(['Favourite colour']);
  });

  it('French or German headers make slash dates day first', () => {
    expect(isDayFirst(['Prénom', 'Nom'])).toBe(true);
    expect(isDayFirst(['First Name', 'Last Name'])).toBe(false);
  });
});

describe('format detection', () => {
  it('counts delimiters outside quotes on the header line', () => {
    expect(detectDelimiter('"Name; with semicolons; inside",Email')).toBe(',');
    expect(detectDelimiter('Name;Email;Phone')).toBe(';');
    expect(detectDelimiter('Name\tEmail')).toBe('\t');
    expect(detectDelimiter('Name')).toBe(',');
  });

  it("honours Excel's sep= line", () => {
    expect(detectFormat('sep=;\nName;Email\nA;a@b.c\n')).toMatchObject({ format: 'csv', delimiter: ';', headers: ['Name', 'Email'], hasSepLine: true });
  });

  it('finds vCard after a BOM or blank lines, case-insensitively', () => {
    expect(detectFormat('\uFEFF\r\nbegin:vcard\r\n').format).toBe('vcard');
  });

  it('recognises generic files', () => {
    expect(detectCsvFlavour(['Name', 'Email', 'Phone'])).toBe('generic');
  });
});
