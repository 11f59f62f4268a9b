/** A search parameter as a non-empty string, or undefined: route validateSearch functions use it. */
export const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
