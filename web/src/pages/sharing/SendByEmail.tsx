/**
 * "Send it by email" under a share form: when this server sends email and the person has an address, a
 * box to tick and then the email (prefilled, editable, checked as you type); otherwise plainly why not and
 * what to do instead — copy the link once it is made and send it yourself.
 */
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useEmailSettings } from '../../api/email.ts';
import { usePerson } from '../../api/people.ts';
import { ShareEmailFields, type ShareEmail } from './ShareEmailFields.tsx';

/** A draft that follows `draft` until the professional edits it; `reset` goes back to following it. */
export function useFollowingDraft<T>(draft: T) {
  const [own, setOwn] = useState<{ value: T } | null>(null);
  return { value: own ? own.value : draft, edited: own !== null, set: (value: T) => setOwn({ value }), reset: () => setOwn(null) };
}

/** What the page says when this server sends no email, in the email page's words. */
export function EmailOffNote({ what }: { what: string }) {
  return (
    <div className="notice share-email-off" role="note">
      <p>
        <strong>Email is not set up on this server</strong>, so Yellowpad cannot send {what} for you. Once it is made, copy the link and send it from
        your own mail app.
      </p>
      <p className="hint">
        Whoever runs Yellowpad can turn email on by setting <code>SMTP_URL</code> (for example <code>smtp://user:password@mail.example.com:587</code>)
        and restarting the server.
      </p>
    </div>
  );
}

interface Props {
  id: string;
  personId: string;
  personName: string;
  /** "the link", "the recap": what is (not) sent. */
  what: string;
  on: boolean;
  onToggle: (on: boolean) => void;
  email: ShareEmail;
  onEmailChange: (email: ShareEmail) => void;
  errors: Record<string, string>;
}

/** True when the form may send email: SMTP is on and the person has an address (null while loading). */
export function useCanEmail(personId: string): boolean | null {
  const settings = useEmailSettings();
  const person = usePerson(personId);
  if (!settings.data || !person.data) return settings.isError || person.isError ? false : null;
  return settings.data.smtpConfigured && person.data.emails.length > 0;
}

export function SendByEmail({ id, personId, personName, what, on, onToggle, email, onEmailChange, errors }: Props) {
  const settings = useEmailSettings();
  const person = usePerson(personId);
  if (!settings.data || !person.data) return null;
  if (!settings.data.smtpConfigured) return <EmailOffNote what={what} />;
  const [address] = person.data.emails;
  if (!address) {
    return (
      <p className="share-no-address hint">
        {personName} has no email address yet, so copy the link once it is made and send it yourself — or{' '}
        <Link to="/people/$personId/edit" params={{ personId }}>
          add an address to their details
        </Link>
        .
      </p>
    );
  }
  return (
    <div className="share-send-by-email">
      <label className="checkbox" htmlFor={`${id}-send`}>
        <input id={`${id}-send`} type="checkbox" checked={on} onChange={(e) => onToggle(e.target.checked)} />
        Send it to {personName} by email
      </label>
      {on ? <ShareEmailFields id={id} personId={personId} to={address} value={email} onChange={onEmailChange} errors={errors} /> : null}
    </div>
  );
}
