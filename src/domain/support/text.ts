/** Optional free text: trimmed, and blank becomes null, so "cleared" has one representation everywhere. */
export function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}
