/**
 * Birthdays from the layouts exports use → `YYYY-MM-DD`, or `--MM-DD` when the year is unknown.
 * Understood: ISO (`1985-04-12`, with or without dashes or a time), vCard `--0412` / `--04-12`,
 * `MM/DD/YYYY` (US Outlook, Google, HubSpot), `DD/MM/YYYY` (when the day is > 12, or the file is French or
 * German), `DD.MM.YYYY` (German). Outlook's empty date (`0/0/00`) counts as no birthday.
 */

export type DateOrder = 'mdy' | 'dmy';

export type BirthdayResult = { birthday: string } | { empty: true } | { invalid: true };

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function build(year: number | null, month: number, day: number): BirthdayResult {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) return { invalid: true };
  if (year !== null && (year < 1800 || year > 2200)) return { invalid: true };
  return { birthday: year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}` };
}

export function normalizeBirthday(raw: string, order: DateOrder = 'mdy'): BirthdayResult {
  const text = raw.trim();
  if (text === '' || /^0{1,2}[./-]0{1,2}[./-]0{2,4}$/.test(text)) return { empty: true };
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ][\d:.Z+-]*)?$/.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^--(\d{2})-?(\d{2})$/.exec(text);
  if (m) return build(null, Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dayFirst = a > 12 || (b <= 12 && order === 'dmy');
    return dayFirst ? build(year, b, a) : build(year, a, b);
  }
  return { invalid: true };
}
