/** An owner invites a colleague by link; the link is the secret, valid for 14 days and usable once. */
import type { Db } from '../../db/open-db.ts';
import { invitations } from '../../db/schema.ts';
import type { Role } from '../../common/limits.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { hashSecret, newSecret } from '../support/secrets.ts';

export const INVITATION_DAYS = 14;

export async function inviteMember(db: Db, actor: Actor, input: { email: string; role: Role }, now = new Date()) {
  if (actor.role !== 'owner') {
    throw new AppError('forbidden', 'Only an owner of the firm can invite members. Ask an owner to invite your colleague.');
  }
  const token = newSecret('ypi');
  const [row] = await db
    .insert(invitations)
    .values({
      firmId: actor.firmId,
      email: input.email.trim().toLowerCase(),
      role: input.role,
      tokenHash: hashSecret(token),
      createdBy: actor.memberId,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 3600 * 1000),
    })
    .returning();
  return { invitation: row!, token };
}
