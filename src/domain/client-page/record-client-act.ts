/**
 * Writes what a client did as a client act, and puts it in the inbox of every member it concerns (decision
 * 025): the need's lead and whoever shared the link, or the firm's owners when neither is left. With email on,
 * the act also waits for the sweep that emails the lead (at most once an hour per subject).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { clientActs, members, notifications } from '../../db/schema.ts';
import type { ClientActKind } from '../../common/client-side.ts';
import type { OpenLink } from './open-share-link.ts';

export interface ClientActInput {
  kind: ClientActKind;
  statementVersion?: number;
  step?: { id: string; title: string } | null;
  commentId?: string;
  suggestionId?: string;
  replyId?: string;
  checkInId?: string;
}

export interface ActContext {
  now: Date;
  /** Whether this server sends email (SMTP set): only then does an act wait for its email. */
  emailOn: boolean;
}

/** Who leads for the client on our side: the need's lead, else the member who shared the link. */
export const leadOf = (link: OpenLink) => link.needLeadId ?? link.createdBy;

async function recipientsOf(tx: Db, link: OpenLink): Promise<string[]> {
  const named = [...new Set([link.needLeadId, link.createdBy].filter((id): id is string => id !== null))];
  if (named.length > 0) return named;
  const owners = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.firmId, link.firmId), eq(members.role, 'owner')));
  return owners.map((o) => o.id);
}

/** Inside the act's transaction: the act row and one notification per member it concerns. */
export async function recordClientAct(tx: Db, link: OpenLink, act: ClientActInput, context: ActContext): Promise<string> {
  const [row] = await tx
    .insert(clientActs)
    .values({
      firmId: link.firmId,
      kind: act.kind,
      personId: link.personId,
      shareLinkId: link.id,
      needId: link.needId,
      conversationId: link.conversationId,
      statementVersion: act.statementVersion ?? null,
      stepId: act.step?.id ?? null,
      stepTitle: act.step?.title ?? null,
      commentId: act.commentId ?? null,
      suggestionId: act.suggestionId ?? null,
      replyId: act.replyId ?? null,
      checkInId: act.checkInId ?? null,
      emailMemberId: context.emailOn ? leadOf(link) : null,
      createdAt: context.now,
    })
    .returning({ id: clientActs.id });
  const recipients = await recipientsOf(tx, link);
  if (recipients.length > 0) {
    await tx
      .insert(notifications)
      .values(recipients.map((memberId) => ({ firmId: link.firmId, memberId, actId: row!.id, createdAt: context.now })));
  }
  return row!.id;
}
