/**
 * Sends an email to a client from Yellowpad (decision 023) and logs it: the email goes to one of the
 * person's addresses first (no transaction is held open during SMTP), then one transaction records an email
 * conversation with them and the member (summary = subject), the sent_emails row (the text as sent, the
 * Message-ID) and, when it answered a follow-up still open, marks that follow-up done.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { followUps, people, sentEmails } from '../../db/schema.ts';
import type { Mailer } from '../../email/mailer.ts';
import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import { createConversation } from '../conversations/create-conversation.ts';
import { AppError, notFound } from '../errors.ts';
import { completeFollowUp } from '../follow-ups/complete-follow-up.ts';
import { requireMailer } from './email-off.ts';

export interface SendFollowUpEmailInput {
  personId: string;
  /** One of the person's addresses; their first when not given. */
  to?: string | null;
  subject: string;
  body: string;
  /** The follow-up this email brings; marked done when it is still open. */
  followUpId?: string | null;
}

async function recipientOf(db: Db, actor: Actor, personId: string, to: string | null | undefined) {
  const [person] = await db
    .select({ id: people.id, fullName: people.fullName, emails: people.emails })
    .from(people)
    .where(and(eq(people.firmId, actor.firmId), eq(people.id, personId)))
    .limit(1);
  if (!person) throw notFound('person');
  if (person.emails.length === 0) {
    throw new AppError('validation_failed', `${person.fullName} has no email address yet. Add one on their page, then write the email.`, {
      fields: { to: 'the person has no email address' },
    });
  }
  const address = to ? person.emails.find((e) => e.toLowerCase() === to.trim().toLowerCase()) : person.emails[0];
  if (!address) {
    throw new AppError('validation_failed', `Send it to one of ${person.fullName}’s email addresses.`, {
      fields: { to: 'not one of the person’s email addresses' },
    });
  }
  return { person, address };
}

/** The follow-up, checked before sending: another firm's or missing is 404, a closed one 409 follow_up_closed. */
async function checkFollowUp(db: Db, actor: Actor, followUpId: string) {
  const [row] = await db
    .select({ status: followUps.status })
    .from(followUps)
    .where(and(eq(followUps.firmId, actor.firmId), eq(followUps.id, followUpId)))
    .limit(1);
  if (!row) throw notFound('follow-up');
  if (row.status !== 'open') {
    throw new AppError('follow_up_closed', 'That follow-up is already done or cancelled. Send the email without it, or pick an open one.', {
      status: row.status,
    });
  }
}

export async function sendFollowUpEmail(db: Db, actor: Actor, mailer: Mailer | undefined, clock: Clock, input: SendFollowUpEmailInput) {
  const smtp = requireMailer(mailer);
  const { person, address } = await recipientOf(db, actor, input.personId, input.to);
  if (input.followUpId) await checkFollowUp(db, actor, input.followUpId);
  const subject = input.subject.trim();

  let messageId: string;
  try {
    ({ messageId } = await smtp.send({ to: [address], subject, text: input.body }));
  } catch (err) {
    throw new AppError('email_not_sent', `The mail server did not accept the email, so nothing was sent or logged. Try again in a moment.`, {
      reason: err instanceof Error ? err.message : String(err),
    });
  }

  const sentAt = clock();
  return db.transaction(async (tx) => {
    const conversation = await createConversation(tx, actor, { occurredAt: sentAt, channel: 'email', personIds: [person.id], memberIds: [actor.memberId], summary: subject });
    const [sent] = await tx
      .insert(sentEmails)
      .values({ firmId: actor.firmId, conversationId: conversation.id, memberId: actor.memberId, toAddresses: [address], subject, body: input.body, messageId, sentAt })
      .returning();
    // Closed by a colleague while the email was on its way: the email is still logged, the follow-up left as it is.
    const followUp = input.followUpId ? await completeIfOpen(tx, actor, input.followUpId, clock) : null;
    return { sentEmail: sent!, conversation, followUpCompleted: followUp !== null };
  });
}

async function completeIfOpen(tx: Db, actor: Actor, followUpId: string, clock: Clock) {
  try {
    return await completeFollowUp(tx, actor, followUpId, clock);
  } catch (err) {
    if (err instanceof AppError && err.code === 'follow_up_closed') return null;
    throw err;
  }
}
