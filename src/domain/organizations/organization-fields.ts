/** Normalisation shared by creating and editing an organisation. */

/** Optional free text: trimmed, and blank becomes null so "cleared" has one representation. */
export function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}
