/**
 * "The email we sent": on an email conversation logged by sending from Yellowpad, the email as it went out
 * (to, when, subject, text). Renders nothing for other conversations. For the conversation page.
 */
import { useSentEmails } from '../../api/email.ts';
import { formatDateTime } from '../../lib/dates.ts';
import '../../styles/email.css';

export function SentEmailPanel({ conversationId }: { conversationId: string }) {
  const sent = useSentEmails(conversationId);
  if (!sent.data || sent.data.items.length === 0) return null;
  return (
    <section className="panel sent-email" aria-labelledby="sent-email-title">
      <h2 id="sent-email-title">The email we sent</h2>
      {sent.data.items.map((email) => (
        <article key={email.id}>
          <dl className="details">
            <dt>To</dt>
            <dd>{email.to.join(', ')}</dd>
            <dt>Sent</dt>
            <dd>{formatDateTime(email.sentAt)}</dd>
            <dt>Subject</dt>
            <dd>{email.subject}</dd>
          </dl>
          <div className="prewrap sent-email-body">{email.body}</div>
        </article>
      ))}
    </section>
  );
}
