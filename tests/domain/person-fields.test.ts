/** The rules for a person's own details (title, birthday, addresses), without a database. */
import { describe, expect, it } from 'vitest';
import { parseBirthday } from '../../src/common/person-details.ts';
import { AppError } from '../../src/domain/errors.ts';
import { normaliseAddresses, normaliseBirthday, normalisePersonDetails, normaliseTitle } from '../../src/domain/people/person-fields.ts';

describe('birthdays', () => {
  it.each(['1980-03-14', '2000-02-29', '2024-02-29', '1999-12-31', '2001-01-01', '--02-29', '--12-31', '--04-30'])('accepts %s', (text) => {
    expect(normaliseBirthday(text)).toEqual({ value: text, problems: {} });
  });

  it.each([
    ['1900-02-29', 'not a leap year (divisible by 100)'],
    ['2023-02-29', 'not a leap year'],
    ['2023-04-31', 'April has 30 days'],
    ['--04-31', 'April has 30 days, with or without a year'],
    ['--02-30', 'February never has 30 days'],
    ['1980-00-10', 'month 0'],
    ['1980-13-01', 'month 13'],
    ['1980-01-00', 'day 0'],
    ['0000-01-01', 'year 0'],
    ['---03-14', 'three dashes'],
    ['--0314', 'no dash between month and day'],
    ['1980-3-14', 'one-digit month'],
    ['14/03/1980', 'another layout'],
    ['1980-03-14T00:00', 'a time'],
  ])('refuses %s (%s), saying how to write it', (text) => {
    const { value, problems } = normaliseBirthday(text);
    expect(value).toBeNull();
    expect(problems.birthday).toMatch(/real date.*YYYY-MM-DD.*--MM-DD/);
  });

  it('trims, and treats blank or null as no birthday', () => {
    expect(normaliseBirthday(' 1980-03-14 ').value).toBe('1980-03-14');
    expect(normaliseBirthday('   ')).toEqual({ value: null, problems: {} });
    expect(normaliseBirthday(null)).toEqual({ value: null, problems: {} });
  });

  it('reads the parts, with no year for --MM-DD', () => {
    expect(parseBirthday('1980-03-14')).toEqual({ year: 1980, month: 3, day: 14 });
    expect(parseBirthday('--02-29')).toEqual({ year: null, month: 2, day: 29 });
    expect(parseBirthday('2023-02-29')).toBeNull();
  });
});

describe('titles', () => {
  it('trims, makes blank null and allows 200 characters, not 201', () => {
    expect(normaliseTitle('  Finance director ')).toEqual({ value: 'Finance director', problems: {} });
    expect(normaliseTitle(' ').value).toBeNull();
    expect(normaliseTitle(` ${'x'.repeat(200)} `).problems).toEqual({});
    expect(normaliseTitle('x'.repeat(201)).problems).toEqual({ title: 'must be at most 200 characters' });
  });
});

describe('addresses', () => {
  it('trims parts, drops blank parts and addresses with nothing left, keeps the order of parts', () => {
    const { value, problems } = normaliseAddresses([
      { country: ' UK ', city: ' Bristol', street: '', label: 'Home', region: null },
      { label: '  ', city: '   ' },
      {},
      { postalCode: 'LS1 1AA' },
    ]);
    expect(problems).toEqual({});
    expect(value).toEqual([{ label: 'Home', city: 'Bristol', country: 'UK' }, { postalCode: 'LS1 1AA' }]);
    expect(Object.keys(value[0]!)).toEqual(['label', 'city', 'country']);
  });

  it('names a part over 200 characters by its place in the input', () => {
    const { problems } = normaliseAddresses([{ city: '   ' }, { city: 'Leeds' }, { street: 's'.repeat(201), city: 'c'.repeat(200) }]);
    expect(problems).toEqual({ 'addresses.2.street': 'must be at most 200 characters' });
  });

  it('allows 10 addresses, not 11 (empty ones do not count)', () => {
    const towns = (n: number) => Array.from({ length: n }, (_, i) => ({ city: `Town ${i}` }));
    expect(normaliseAddresses([...towns(10), { city: ' ' }]).problems).toEqual({});
    expect(normaliseAddresses(towns(11)).problems).toEqual({ addresses: 'must hold at most 10 addresses (11 were given)' });
  });
});

describe('all details at once', () => {
  it('returns only what was sent, so an edit keeps the rest', () => {
    expect(normalisePersonDetails({})).toEqual({});
    expect(normalisePersonDetails({ birthday: null })).toEqual({ birthday: null });
    expect(normalisePersonDetails({ title: ' CEO ', addresses: [] })).toEqual({ title: 'CEO', addresses: [] });
  });

  it('reports every problem in one validation error naming each field', () => {
    let caught: unknown;
    try {
      normalisePersonDetails({ title: 't'.repeat(201), birthday: '2023-02-29', addresses: [{ city: 'c'.repeat(201) }] });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.code).toBe('validation_failed');
    expect(Object.keys((error.details as { fields: Record<string, string> }).fields)).toEqual(['title', 'birthday', 'addresses.0.city']);
    expect(error.message).toMatch(/^Check these fields: title: must be at most 200 characters; birthday: .*; addresses\.0\.city: .*\.$/);
  });
});
