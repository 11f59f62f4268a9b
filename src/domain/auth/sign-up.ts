/** Sign-up: a new firm, its owner, and a session for the owner. */
import type { Db } from '../../db/open-db.ts';
import { createFirm, type CreateFirmInput } from '../firms/create-firm.ts';
import { startSession } from './start-session.ts';

export async function signUp(db: Db, input: CreateFirmInput) {
  const { firm, owner } = await createFirm(db, input);
  const session = await startSession(db, owner);
  return { firm, member: owner, session };
}
