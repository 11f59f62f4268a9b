/** Reading and accepting an invitation link: the invitee chooses a name and password and is logged in. */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { firms, invitations } from '../../db/schema.ts';
import { startSession } from '../auth/start-session.ts';
import { AppError } from '../errors.ts';
import { hashSecret } from '../support/secrets.ts';
import { createMember } from './create-member.ts';

/** The invitation behind a link, if it is still valid (shown on the accept page: firm name and email). */
export async function getInvitation(db: Db, token: string, now = new Date()) {
  const [row] = await db
    .select({ invitation: invitations, firm: firms })
    .from(invitations)
    .innerJoin(firms, eq(firms.id, invitations.firmId))
    .where(
      and(
        eq(invitations.tokenHash, hashSecret(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .limit(1);
  if (!row) {
    throw new AppError('invitation_used', 'This invitation link has expired or was already used. Ask an owner of the firm for a new one.');
  }
  return row;
}

export async function acceptInvitation(db: Db, input: { token: string; name: string; password: string }, now = new Date()) {
  return db.transaction(async (tx) => {
    const { invitation, firm } = await getInvitation(tx, input.token, now);
    // Claim the invitation first: of two concurrent accepts, only one updates the row.
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(and(eq(invitations.firmId, invitation.firmId), eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (claimed.length === 0) {
      throw new AppError('invitation_used', 'This invitation link was already used. Ask an owner of the firm for a new one.');
    }
    const member = await createMember(tx, {
      firmId: firm.id,
      email: invitation.email,
      name: input.name,
      password: input.password,
      role: invitation.role,
      createdBy: invitation.createdBy,
    });
    const session = await startSession(tx, member);
    return { firm, member, session };
  });
}
