/** Ends a session: its cookie token stops working at once. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { sessions } from '../../db/schema.ts';
import { hashSecret } from '../support/secrets.ts';

export async function logOut(db: Db, sessionToken: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashSecret(sessionToken)));
}
