/** Dates leave the server as ISO-8601 strings in UTC. */
export function iso(date: Date): string {
  return date.toISOString();
}
export function isoOrNull(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}
