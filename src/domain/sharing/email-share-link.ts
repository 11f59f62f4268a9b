/**
 * Emails a share link to its person (decision 024). The professional writes the subject and the message; the
 * link and when it stops working are added under it. Sent before anything is stored (no transaction waits on
 * SMTP). Yellowpad cannot rebuild an address it only keeps the hash of, so an email after creation carries a
 * new address, stored only once the mail server has accepted it — until then the old address still works.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { shareLinks } from '../../db/schema.ts';
import type { Mailer } from '../../email/mailer.ts';
import type { Actor } from '../actor.ts';
import { requireMailer } from '../email/email-off.ts';
import { AppError, notFound } from '../errors.ts';
import { storeShareToken } from './renew-share-address.ts';
import { loadShareLink, type ShareLinkView } from './share-link-view.ts';
import { newShareToken } from './share-token.ts';

export interface ShareEmailInput {
  subject: string;
  body: string;
}

export interface ShareEmailOptions {
  /** The page's full address for a token. */
  urlOf: (token: string) => string;
  now: Date;
  /** The token just created (the link's first email); a new one is made when absent. */
  token?: string;
}

const dateOf = (at: Date) => at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The email's text: the professional's message, then the link, what it is and until when it works. */
export function shareEmailText(body: string, url: string, expiresAt: Date): string {
  return `${body.trimEnd()}\n\n${url}\n\nThis link is for you only: please do not forward it. It works until ${dateOf(expiresAt)}.\n`;
}

function recipientOf(view: ShareLinkView): string {
  if (view.state === 'revoked') throw new AppError('share_link_revoked', 'This link was revoked and stays that way. Share it again to give them a new link.');
  if (view.state === 'expired') {
    throw new AppError('validation_failed', 'This link has expired. Give it a later expiry date first, then send it.', {
      fields: { expiresAt: 'the link has expired' },
    });
  }
  const [address] = view.person.emails;
  if (!address) {
    throw new AppError('validation_failed', `${view.person.fullName} has no email address yet. Add one on their page, or copy the link and send it yourself.`, {
      fields: { email: 'the person has no email address' },
    });
  }
  return address;
}

export async function emailShareLink(
  db: Db,
  actor: Actor,
  mailer: Mailer | undefined,
  id: string,
  input: ShareEmailInput,
  options: ShareEmailOptions,
): Promise<{ view: ShareLinkView; token: string; emailedTo: string }> {
  const smtp = requireMailer(mailer);
  const before = await loadShareLink(db, actor.firmId, id, options.now);
  if (!before) throw notFound('share link');
  const address = recipientOf(before);
  const token = options.token ?? newShareToken();
  try {
    await smtp.send({ to: [address], subject: input.subject.trim(), text: shareEmailText(input.body, options.urlOf(token), before.link.expiresAt) });
  } catch (err) {
    throw new AppError('email_not_sent', 'The mail server did not accept the email, so nothing was sent and the link is unchanged. Try again in a moment.', {
      reason: err instanceof Error ? err.message : String(err),
    });
  }
  await db.transaction(async (tx) => {
    if (options.token) {
      await tx.update(shareLinks).set({ lastEmailedAt: options.now }).where(and(eq(shareLinks.firmId, actor.firmId), eq(shareLinks.id, id)));
    } else {
      await storeShareToken(tx, actor, id, token, options.now, true);
    }
  });
  return { view: (await loadShareLink(db, actor.firmId, id, options.now))!, token, emailedTo: address };
}
