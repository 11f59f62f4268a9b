/**
 * What can be done with a share link, each asked for in place under it: revoke (confirmed first), change
 * when it stops working (refused on a stale version, with the reload), give it a new address (confirmed:
 * the old one stops), and send it again by email (with a new address, as Yellowpad cannot rebuild the old).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isVersionConflict, messageOf } from '../../api/errors.ts';
import {
  useChangeShareExpiry,
  useEmailShareLink,
  useNewShareAddress,
  useRevokeShareLink,
  type ShareAddress,
  type ShareLink,
} from '../../api/share-links.ts';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { formatMoment } from '../../lib/days.ts';
import { ExpiryField } from './ExpiryField.tsx';
import { ShareEmailFields, type ShareEmail } from './ShareEmailFields.tsx';
import { expiryDayOf, expiryInstant, expiryProblem, firstExpiryDay } from './share-words.ts';

/** Says an action's refusal under it, in the server's words (a version conflict has its own notice). */
function ActionError({ error }: { error: unknown }) {
  if (!error || isVersionConflict(error)) return null;
  return (
    <p className="field-error" role="alert">
      {messageOf(error)}
    </p>
  );
}

/** Focuses the element when it appears: the question just asked, or the form just opened. */
function useFocusOnOpen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

type Done = (said?: string) => void;

export function RevokeConfirm({ link, onDone }: { link: ShareLink; onDone: Done }) {
  const revoke = useRevokeShareLink();
  const ref = useFocusOnOpen<HTMLButtonElement>();
  const name = link.person.fullName;
  return (
    <div className="share-confirm" role="group" aria-label={`Revoke ${name}’s link`}>
      <p>
        Revoke {name}’s link? The page stops working at once and cannot be opened again. What {name} did on it stays here.
      </p>
      <div className="share-link-actions">
        <button
          type="button"
          ref={ref}
          className="button button-danger"
          disabled={revoke.isPending}
          onClick={() => revoke.mutate(link.id, { onSuccess: () => onDone(`Revoked: ${name}’s page no longer opens.`) })}
        >
          {revoke.isPending ? 'Revoking…' : 'Yes, revoke it'}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onDone()} disabled={revoke.isPending}>
          Keep it
        </button>
      </div>
      <ActionError error={revoke.error} />
    </div>
  );
}

interface ExpiryProps {
  link: ShareLink;
  onDone: Done;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}

export function ExpiryForm({ link, onDone, onReload, reloading }: ExpiryProps) {
  const change = useChangeShareExpiry();
  const current = expiryDayOf(link.expiresAt);
  // An expired link's day has passed: offer tomorrow's instead of a day the field refuses.
  const [day, setDay] = useState(current < firstExpiryDay() ? firstExpiryDay() : current);
  const [problem, setProblem] = useState<string | null>(null);
  const id = `share-expiry-${link.id}`;
  const ref = useFocusOnOpen<HTMLFormElement>();

  function submit(e: FormEvent) {
    e.preventDefault();
    const wrong = expiryProblem(day);
    setProblem(wrong);
    if (wrong) return;
    change.mutate(
      { id: link.id, version: link.version, expiresAt: expiryInstant(day) },
      { onSuccess: (updated) => onDone(`Saved: the link now works until ${formatMoment(updated.expiresAt)}.`) },
    );
  }

  return (
    <form className="share-inline-form" onSubmit={submit} noValidate aria-label={`Change when ${link.person.fullName}’s link stops working`} ref={ref} tabIndex={-1}>
      <ConflictNotice error={change.error} what="link" onReload={() => void onReload().then(() => change.reset())} reloading={reloading} />
      <ExpiryField id={id} value={day} onChange={setDay} error={problem ?? fieldErrors(change.error).expiresAt} hint="At most a year from today. It stops working at the end of that day." />
      <ActionError error={fieldErrors(change.error).expiresAt ? null : change.error} />
      <div className="share-link-actions">
        <button type="submit" className="button button-primary button-small" disabled={change.isPending || isVersionConflict(change.error)}>
          {change.isPending ? 'Saving…' : 'Save the new expiry'}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function NewAddressConfirm({ link, onDone, onMade }: { link: ShareLink; onDone: Done; onMade: (result: ShareAddress) => void }) {
  const renew = useNewShareAddress();
  const ref = useFocusOnOpen<HTMLButtonElement>();
  const name = link.person.fullName;
  return (
    <div className="share-confirm" role="group" aria-label={`A new address for ${name}’s link`}>
      <p>
        Give the link a new address? The address {name} has now stops working at once; everything they did on the page stays. Use this when the
        link was lost or sent to the wrong person.
      </p>
      <div className="share-link-actions">
        <button type="button" ref={ref} className="button button-primary button-small" disabled={renew.isPending} onClick={() => renew.mutate(link.id, { onSuccess: onMade })}>
          {renew.isPending ? 'Making it…' : 'Make a new address'}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => onDone()} disabled={renew.isPending}>
          Cancel
        </button>
      </div>
      <ActionError error={renew.error} />
    </div>
  );
}

const emailLabels = { subject: 'Subject', body: 'Your message', email: 'Email address' };

interface EmailAgainProps {
  link: ShareLink;
  draft: ShareEmail;
  onDone: Done;
  onSent: (result: ShareAddress) => void;
}

export function EmailAgainForm({ link, draft, onDone, onSent }: EmailAgainProps) {
  const send = useEmailShareLink();
  const [email, setEmail] = useState(draft);
  const id = `share-again-${link.id}`;
  const ref = useFocusOnOpen<HTMLFormElement>();

  function submit(e: FormEvent) {
    e.preventDefault();
    send.mutate({ id: link.id, subject: email.subject, body: email.body }, { onSuccess: onSent });
  }

  return (
    <form className="share-inline-form" onSubmit={submit} noValidate aria-label={`Send ${link.person.fullName}’s link again by email`} ref={ref} tabIndex={-1}>
      <ErrorSummary error={send.error} labels={emailLabels} idFor={(path) => `${id}-${path}`} title="The email was not sent" />
      <p className="hint">It goes with a new address: Yellowpad cannot rebuild the old one, so that one stops working once the email is sent.</p>
      <ShareEmailFields id={id} personId={link.person.id} to={link.person.emails[0] ?? ''} value={email} onChange={setEmail} errors={fieldErrors(send.error)} />
      <div className="share-link-actions">
        <button type="submit" className="button button-primary" disabled={send.isPending}>
          {send.isPending ? 'Sending…' : 'Send the email'}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onDone()} disabled={send.isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
