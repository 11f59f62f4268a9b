/**
 * Email cells → addresses: split on Google's " ::: ", ";" or ","; "Name <a@b>" and "mailto:" unwrapped;
 * lower-cased; checked for a plausible shape. A domain without a dot is accepted (RFC 5321 allows it, and
 * real exports contain such addresses, e.g. Thunderbird's `contact1@invalid`).
 */

const LOCAL = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]+";
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const EMAIL = new RegExp(`^(?!\\.)(?!.*\\.\\.)${LOCAL}(?<!\\.)@${LABEL}(?:\\.${LABEL})*$`, 'u');

export function isValidEmail(address: string): boolean {
  return address.length <= 254 && EMAIL.test(address);
}

/** The addresses written in one cell, lower-cased and unwrapped (not yet validated). */
export function emailsInCell(cell: string): string[] {
  return cell
    .split(/\s*:::\s*|[;,]/)
    .map((part) => {
      const bracketed = /<([^>]*)>/.exec(part);
      return (bracketed ? bracketed[1]! : part).trim().replace(/^mailto:/i, '').toLowerCase();
    })
    .filter((address) => address !== '');
}

/** Splits a row's email cells into valid (deduplicated, in order) and invalid addresses. */
export function sortEmails(cells: string[]): { valid: string[]; invalid: string[] } {
  const valid = new Set<string>();
  const invalid: string[] = [];
  for (const address of cells.flatMap(emailsInCell)) {
    if (isValidEmail(address)) valid.add(address);
    else invalid.push(address);
  }
  return { valid: [...valid], invalid };
}
