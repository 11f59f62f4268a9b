/**
 * Slows down anyone guessing share-link addresses (decision 024): an address that answers 404 or 410 counts
 * against the caller's IP, and after `maxFailures` within the window every share lookup from that IP is
 * refused with 429 until the window ends. 256-bit secrets cannot be guessed anyway; this keeps the log quiet
 * and the database unbothered. Kept in memory per server, like @fastify/rate-limit's default store.
 */
import { AppError } from '../domain/errors.ts';

export interface ShareLookupGuard {
  /** Throws rate_limited when the IP has failed too often lately. */
  check(ip: string, now: number): void;
  /** Runs a lookup, counting an unknown or dead address against the IP. */
  guard<T>(ip: string, work: () => Promise<T>): Promise<T>;
}

export function shareLookupGuard(options: { maxFailures?: number; windowMs?: number; maxTracked?: number } = {}): ShareLookupGuard {
  const maxFailures = options.maxFailures ?? 20;
  const windowMs = options.windowMs ?? 5 * 60_000;
  const maxTracked = options.maxTracked ?? 10_000;
  const failures = new Map<string, { count: number; resetAt: number }>();

  function check(ip: string, now: number) {
    const entry = failures.get(ip);
    if (!entry) return;
    if (entry.resetAt <= now) {
      failures.delete(ip);
      return;
    }
    if (entry.count >= maxFailures) {
      throw new AppError('rate_limited', 'Too many links that do not work were tried from here. Wait a few minutes, then open the link you were sent.');
    }
  }

  function fail(ip: string, now: number) {
    const entry = failures.get(ip);
    if (entry && entry.resetAt > now) {
      entry.count += 1;
      return;
    }
    // Oldest entries go first when the map is full, so memory stays bounded under a spray of addresses.
    if (failures.size >= maxTracked) failures.delete(failures.keys().next().value!);
    failures.set(ip, { count: 1, resetAt: now + windowMs });
  }

  return {
    check,
    async guard(ip, work) {
      check(ip, Date.now());
      try {
        return await work();
      } catch (err) {
        if (err instanceof AppError && (err.code === 'not_found' || err.code === 'share_link_gone')) fail(ip, Date.now());
        throw err;
      }
    },
  };
}
