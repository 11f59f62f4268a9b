/** "Email them" on an open follow-up for a person, when this server sends email: the email form, bringing that follow-up. */
import { Link } from '@tanstack/react-router';
import { useEmailSettings } from '../../api/email.ts';

export function EmailThemLink({ personId, followUpId }: { personId: string; followUpId: string }) {
  const settings = useEmailSettings();
  if (!settings.data?.smtpConfigured) return null;
  return (
    <p className="email-them">
      <Link to="/people/$personId/email" params={{ personId }} search={{ followUpId }}>
        Email them about it
      </Link>
    </p>
  );
}
