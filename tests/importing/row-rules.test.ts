/** Row rules: errors name their row and the rest is still read; emails and birthdays are normalised. */
import { describe, expect, it } from 'vitest';
import { normalizeBirthday } from '../../src/importing/normalize-birthday.ts';
import { emailsInCell, isValidEmail } from '../../src/importing/normalize-email.ts';
import { readCsvRecords } from '../../src/importing/read-csv-records.ts';
import { readVcardRecords } from '../../src/importing/read-vcard-records.ts';
import { collect, fixture } from './fixtures.ts';

describe('malformed rows', () => {
  it('CSV: each bad row is a RowError with its row number; the other rows are still read', async () => {
    const { records, errors, warnings } = await collect(readCsvRecords(fixture('own__malformed-rows.csv')));
    expect(records.map((r) => [r.row, r.fullName, r.emails, r.birthday])).toEqual([
      [1, 'Good One', ['one@example.com'], '1980-01-31'],
      [5, 'Half Good', ['half@good.example'], undefined],
      [6, 'Odd Birthday', ['odd@example.com'], undefined],
      [7, 'Last One', ['last@example.com'], undefined],
    ]);
    // Row 2 is entirely empty and skipped silently.
    expect(errors).toEqual([
      { row: 3, message: 'This contact has neither a name nor an email address, so there is nothing to import it as.' },
      { row: 4, message: '"not-an-email" is not a valid email address: correct or clear it in the file, then import again.' },
    ]);
    expect(warnings).toEqual([
      'Row 5: "broken@" is not a valid email address and was left out; the valid email addresses were kept.',
      'Row 6: the birthday "31/31/2000" was not understood (write it like 1985-04-12) and was left out.',
    ]);
  });

  it('vCard: a broken card and an unclosed card are RowErrors; the others still come', async () => {
    const { records, errors } = await collect(readVcardRecords(fixture('own__broken-cards.vcf')));
    expect(records.map((r) => [r.row, r.fullName])).toEqual([
      [1, 'First Fine'],
      [3, 'Third Fine'],
    ]);
    expect(errors.map((e) => e.row)).toEqual([2, 4]);
    expect(errors[0]!.message).toMatch(/^This card could not be read/);
    expect(errors[1]!.message).toBe('This card has no END:VCARD line, so it was not read.');
  });

  it('an unclosed quote stops the file with a RowError at the row where it happened', async () => {
    const { records, errors } = await collect(readCsvRecords('Name,Email\nA,a@example.com\n"B,b@example.com\n'));
    expect(records.map((r) => r.fullName)).toEqual(['A']);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.row).toBe(2);
    expect(errors[0]!.message).toMatch(/Check that quotes are closed/);
  });

  it('an organisation without a name is a RowError', async () => {
    const { errors } = await collect(readCsvRecords('"ID","NAME","WEBSITE"\n"001000000000000AAA","","x.example"\n'));
    expect(errors).toEqual([{ row: 1, message: 'This organisation has no name: add one in the file, or map the column that holds it.' }]);
  });

  it('a person with only an email is named after it', async () => {
    const { records } = await collect(readCsvRecords('Name,Email\n,Only@Example.com\n'));
    expect(records[0]).toMatchObject({ fullName: 'only@example.com', emails: ['only@example.com'] });
  });
});

describe('emails', () => {
  it('splits cells, unwraps names and mailto:, lower-cases', () => {
    expect(emailsInCell('A <A@X.example> ::: mailto:b@y.example; c@z.example')).toEqual(['a@x.example', 'b@y.example', 'c@z.example']);
  });

  it.each([
    ['a@example.com', true], ['jürgen@müller.de', true], ['contact1@invalid', true], ["o'brien+tag@x.example", true],
    ['not-an-email', false], ['a@', false], ['@x.example', false], ['a b@x.example', false], ['a..b@x.example', false], ['a@-x.example', false],
  ])('%s valid: %s', (address, valid) => {
    expect(isValidEmail(address)).toBe(valid);
  });
});

describe('birthdays', () => {
  it.each([
    ['1985-04-12', 'mdy', '1985-04-12'],
    ['19850412', 'mdy', '1985-04-12'],
    ['1985-04-12T00:00:00.000Z', 'mdy', '1985-04-12'],
    ['--0412', 'mdy', '--04-12'],
    ['--04-12', 'mdy', '--04-12'],
    ['4/12/1985', 'mdy', '1985-04-12'],
    ['4/12/1985', 'dmy', '1985-12-04'],
    ['25/12/1985', 'mdy', '1985-12-25'],
    ['12.04.1985', 'mdy', '1985-04-12'],
    ['29.02.2000', 'mdy', '2000-02-29'],
    ['--02-29', 'mdy', '--02-29'],
  ] as const)('%s (%s) → %s', (raw, order, expected) => {
    expect(normalizeBirthday(raw, order)).toEqual({ birthday: expected });
  });

  it.each(['', '0/0/00', '0.0.00', '00/00/0000'])('"%s" is no birthday', (raw) => {
    expect(normalizeBirthday(raw)).toEqual({ empty: true });
  });

  it.each(['31/31/2000', '29.02.2001', '1985-13-01', 'April 12th', '4/12/85'])('"%s" is not understood', (raw) => {
    expect(normalizeBirthday(raw)).toEqual({ invalid: true });
  });
});
