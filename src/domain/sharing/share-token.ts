/**
 * The secret in a share link (decision 024): 256 random bits, base64url, with a prefix that says what it is
 * (so a leaked link is recognised); only its SHA-256 hash is stored. Also how a path names it, and how the
 * request log writes such paths without it.
 */
import { hashSecret, newSecret } from '../support/secrets.ts';

const PREFIX = 'yps';

export const newShareToken = () => newSecret(PREFIX);

export const shareTokenHash = (token: string) => hashSecret(token);

/** The client's page under the server's public URL; the token is URL-safe, so no escaping. */
export const sharePagePath = (token: string) => `/s/${token}`;

/** `/s/{token}` and `/api/v1/shared/{token}…` as they may be logged: the token replaced, the rest kept. */
export function redactShareTokens(url: string): string {
  return url.replace(/\/(s|shared)\/[^/?#]+/g, '/$1/[redacted]');
}
