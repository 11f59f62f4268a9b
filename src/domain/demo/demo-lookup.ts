/** Resolves a demo content key to the id it was given, failing loudly on a key the content never defined. */
export function lookup<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (found === undefined) throw new Error(`Demo content refers to an unknown ${what} "${key}".`);
  return found;
}
