/** Normalisation shared by creating and editing a person. */
export function normaliseEmails(emails: string[] | undefined): string[] {
  return [...new Set((emails ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean))];
}

export function normalisePhones(phones: string[] | undefined): string[] {
  return [...new Set((phones ?? []).map((p) => p.trim()).filter(Boolean))];
}

/** What search matches: the name and every email, lower-cased (kept in a trigram-indexed column). */
export function personSearchText(fullName: string, emails: string[]): string {
  return [fullName, ...emails].join(' ').toLowerCase();
}
