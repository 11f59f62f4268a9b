/**
 * "Email {person}": write an email to a client and send it from Yellowpad — To (one of their addresses),
 * Subject, the email — with the draft check beside it as you type (below it on a phone), so self focus or a
 * pushy line is seen before it goes. Sending logs it as an email conversation (and completes the follow-up
 * it brings, when it came from one), then opens that conversation. When the server sends no email, says so
 * and how to turn it on.
 */
import { Link, useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { emailLimits } from '../../../../src/common/email-limits.ts';
import { useEmailSettings, useFollowUpToBring, useSendEmail } from '../../api/email.ts';
import { usePerson } from '../../api/people.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { ariaFor, FieldShell, TextField } from '../../components/Field.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { EmailCheck } from './EmailCheck.tsx';
import { EmailOff } from './EmailOff.tsx';
import { FollowUpBrought } from './FollowUpBrought.tsx';
import '../../styles/listening.css';
import '../../styles/draft-check.css';
import '../../styles/email.css';

const ID = 'email';
const labels = { to: 'To', subject: 'Subject', body: 'Your email' };

export function SendEmailPage({ personId, followUpId }: { personId: string; followUpId?: string }) {
  const person = usePerson(personId);
  const settings = useEmailSettings();
  if (person.isPending || settings.isPending) return <Loading />;
  if (person.isError) return <LoadError error={person.error} onRetry={() => void person.refetch()} />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  const p = person.data;
  const back = (
    <Link to="/people/$personId" params={{ personId }}>
      ← {p.fullName}
    </Link>
  );
  return (
    <>
      <PageHeader
        title={`Email ${p.fullName}`}
        back={back}
        lead={settings.data.smtpConfigured ? <p>Sent from Yellowpad and logged as an email conversation with {p.fullName}. The check reads it as they will, before it goes.</p> : null}
      />
      {!settings.data.smtpConfigured ? (
        <EmailOff personId={personId} />
      ) : p.emails.length === 0 ? (
        <div className="notice notice-warning">
          <p>{p.fullName} has no email address yet. Add one to their details, then come back to write the email.</p>
          <Link to="/people/$personId/edit" params={{ personId }} className="button">
            Add an email address
          </Link>
        </div>
      ) : (
        <EmailForm personId={personId} emails={p.emails} followUpId={followUpId} />
      )}
    </>
  );
}

function EmailForm({ personId, emails, followUpId }: { personId: string; emails: string[]; followUpId?: string }) {
  const send = useSendEmail();
  const navigate = useNavigate();
  const [to, setTo] = useState(emails[0]!);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const brought = useFollowUpToBring(followUpId);
  // Only an open follow-up is completed by the email; a closed one is left out rather than refused.
  const bringing = brought.data?.status === 'open' ? brought.data.id : null;
  const errors = fieldErrors(send.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    send.mutate(
      { personId, to, subject, body, followUpId: bringing },
      { onSuccess: (sent) => void navigate({ to: '/conversations/$conversationId', params: { conversationId: sent.conversationId } }) },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={send.error} labels={labels} idFor={(path) => `${ID}-${path}`} title="The email was not sent" />
      {brought.data ? <FollowUpBrought followUp={brought.data} /> : null}
      <div className="email-layout">
        <div className="email-fields">
          <FieldShell id={`${ID}-to`} label="To" error={errors.to}>
            <select id={`${ID}-to`} value={to} onChange={(e) => setTo(e.target.value)} {...ariaFor(`${ID}-to`, undefined, errors.to)}>
              {emails.map((address) => (
                <option key={address} value={address}>
                  {address}
                </option>
              ))}
            </select>
          </FieldShell>
          <TextField id={`${ID}-subject`} label="Subject" value={subject} maxLength={emailLimits.subjectMax} onChange={(e) => setSubject(e.target.value)} error={errors.subject} />
          <FieldShell id={`${ID}-body`} label="Your email" hint="Plain text. Checked as you type." error={errors.body}>
            <textarea
              id={`${ID}-body`}
              ref={area}
              className="draft-text"
              rows={12}
              value={body}
              maxLength={emailLimits.bodyMax}
              onChange={(e) => setBody(e.target.value)}
              {...ariaFor(`${ID}-body`, 'hint', errors.body)}
            />
          </FieldShell>
        </div>
        <EmailCheck text={body} personId={personId} area={area} />
        <div className="form-actions email-actions">
          <button type="submit" className="button button-primary" disabled={send.isPending || (followUpId !== undefined && brought.isPending)}>
            {send.isPending ? 'Sending…' : 'Send email'}
          </button>
          <Link to="/people/$personId" params={{ personId }} className="button button-quiet">
            Cancel
          </Link>
        </div>
      </div>
    </form>
  );
}
