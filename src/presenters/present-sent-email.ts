/** A sent email as the API shows it. */
import type { sentEmails } from '../db/schema.ts';
import { iso } from './iso.ts';

export function presentSentEmail(row: typeof sentEmails.$inferSelect) {
  return {
    id: row.id,
    conversationId: row.conversationId,
    to: row.toAddresses,
    subject: row.subject,
    body: row.body,
    messageId: row.messageId,
    sentAt: iso(row.sentAt),
  };
}
