/** When a share link stops working: 60 days by default, never in the past, never more than a year ahead. */
import { shareLimits } from '../../common/client-side.ts';
import { AppError } from '../errors.ts';

const DAY_MS = 86_400_000;

/** The expiry asked for, checked against now; the default when none is asked for. */
export function shareExpiryOf(value: Date | string | undefined | null, now: Date): Date {
  if (value === undefined || value === null) return new Date(now.getTime() + shareLimits.defaultDays * DAY_MS);
  const at = new Date(value);
  const latest = now.getTime() + shareLimits.maxDays * DAY_MS;
  if (Number.isNaN(at.getTime()) || at.getTime() <= now.getTime() || at.getTime() > latest) {
    throw new AppError('validation_failed', `Choose when the link stops working: after now, and at most ${shareLimits.maxDays} days from today.`, {
      fields: { expiresAt: `must be in the future and at most ${shareLimits.maxDays} days ahead` },
    });
  }
  return at;
}

/** active, expired or revoked at `now`. */
export function shareStateOf(link: { expiresAt: Date; revokedAt: Date | null }, now: Date) {
  if (link.revokedAt) return 'revoked' as const;
  return link.expiresAt.getTime() <= now.getTime() ? ('expired' as const) : ('active' as const);
}
