/** What the email page says when this server sends no email: plainly, how to turn it on, and what to do meanwhile. */
import { Link } from '@tanstack/react-router';

export function EmailOff({ personId }: { personId: string }) {
  return (
    <div className="notice notice-warning email-off" role="status">
      <h2>Email is not set up on this server</h2>
      <p>
        Yellowpad sends email through your own mail server. Whoever runs Yellowpad can turn it on by setting <code>SMTP_URL</code> (for example{' '}
        <code>smtp://user:password@mail.example.com:587</code>) and, optionally, <code>SMTP_FROM</code>, then restarting the server.
      </p>
      <p>Until then, check your draft here, send it from your own mail app and log it as a conversation.</p>
      <div className="actions">
        <Link to="/drafts/check" search={{ personId }} className="button">
          Check a draft
        </Link>
        <Link to="/conversations/new" search={{ personId }} className="button">
          Log a conversation
        </Link>
      </div>
    </div>
  );
}
