/** The secret in a calendar feed's URL: its prefix (to spot a leaked link), and how a path names it. */
import { newSecret } from '../support/secrets.ts';

const PREFIX = 'ypc';

export const newFeedSecret = () => newSecret(PREFIX);

/** The feed's path under the server's public URL; the secret is URL-safe (base64url), so no escaping. */
export const feedPath = (secret: string) => `/calendar/${secret}.ics`;
