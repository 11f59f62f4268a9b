/**
 * Making a share link, the same for a plan and a recap: whom it is for (one of the subject's people; who
 * already has a live link is said, and pointed to), until when it works, and optionally the email that
 * carries it. The caller adds what is particular to its subject (the recap's parts and text) and says what
 * to share; the address the server answers with goes back to the caller, to be shown once.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { isApiError } from '../../api/errors.ts';
import { useCreateShareLink, type CreateShareLinkInput, type ShareAddress, type ShareLink } from '../../api/share-links.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { formatMoment } from '../../lib/days.ts';
import { RadioChoices } from '../needs/RadioChoices.tsx';
import { ExpiryField } from './ExpiryField.tsx';
import { SendByEmail, useCanEmail, useFollowingDraft } from './SendByEmail.tsx';
import type { ShareEmail } from './ShareEmailFields.tsx';
import { defaultExpiryDay, expiryInstant, expiryProblem } from './share-words.ts';
import '../../styles/needs.css';
import '../../styles/sharing.css';

export interface Party {
  id: string;
  fullName: string;
}

/** What is shared, without whom and until when: `{needId}` or `{conversationId, recapText}`. */
export type ShareSubject = Omit<CreateShareLinkInput, 'personId' | 'expiresAt' | 'email'>;

interface Props {
  id: string;
  people: readonly Party[];
  /** Each person's live link to this subject. */
  live: ReadonlyMap<string, ShareLink>;
  /** "plan" or "recap", as the sentences say it. */
  what: 'plan' | 'recap';
  emailDraft: (person: Party) => ShareEmail;
  /** What to share for this person, or null when the caller's own fields are not ready (it says why). */
  prepare: (person: Party) => ShareSubject | null;
  /** The caller's fields, between whom and until when; given the person and the server's field errors. */
  children?: (person: Party, errors: Record<string, string>) => ReactNode;
  /** Field path → label, for the caller's fields in the error summary. */
  labels?: Record<string, string>;
  onCreated: (result: ShareAddress, person: Party) => void;
  onShowLink: (linkId: string) => void;
}

const baseLabels = { personId: 'Who it is for', expiresAt: 'Works until', 'email.subject': 'Subject', 'email.body': 'Your message' };

export function ShareForm({ id, people, live, what, emailDraft, prepare, children, labels, onCreated, onShowLink }: Props) {
  const create = useCreateShareLink();
  const [personId, setPersonId] = useState(() => (people.find((p) => !live.has(p.id)) ?? people[0])!.id);
  const person = people.find((p) => p.id === personId) ?? people[0]!;
  const [day, setDay] = useState(defaultExpiryDay);
  const [dayProblem, setDayProblem] = useState<string | null>(null);
  const [emailOn, setEmailOn] = useState(false);
  const email = useFollowingDraft(emailDraft(person));
  const canEmail = useCanEmail(person.id);
  const errors: Record<string, string> = { ...fieldErrors(create.error), ...(dayProblem ? { expiresAt: dayProblem } : {}) };
  const existing = live.get(person.id);
  // The server's "they already have one" (a colleague shared it meanwhile) points at the link too.
  const raced = isApiError(create.error, 'share_link_exists') ? (create.error.details as { id?: string } | undefined)?.id : undefined;

  function choose(next: string) {
    setPersonId(next);
    create.reset();
    // The email greets them by name: a draft written for someone else would greet the wrong person.
    email.reset();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const wrongDay = expiryProblem(day);
    setDayProblem(wrongDay);
    const subject = prepare(person);
    if (wrongDay || !subject) return;
    const sendEmail = emailOn && canEmail === true;
    create.mutate(
      { ...subject, personId: person.id, expiresAt: expiryInstant(day), ...(sendEmail ? { email: { subject: email.value.subject, body: email.value.body } } : {}) },
      { onSuccess: (result) => onCreated(result, person) },
    );
  }

  const options = people.map((p) => {
    const link = live.get(p.id);
    return { value: p.id, label: p.fullName, hint: link ? `Has a live link, until ${formatMoment(link.expiresAt)}` : 'No live link' };
  });

  return (
    <form className="share-form" onSubmit={submit} noValidate aria-label={what === 'plan' ? 'Share the plan' : 'Share what you heard'}>
      {raced ? null : (
        <ErrorSummary error={create.error} labels={{ ...baseLabels, ...labels }} idFor={(path) => `${id}-${path === 'personId' ? `person-${person.id}` : path.replace('.', '-')}`} title="The link was not made" />
      )}
      <RadioChoices id={`${id}-person`} legend="Who it is for" options={options} value={person.id} onChange={choose} variant="cards" error={errors.personId} />
      {existing || raced ? (
        <div className="notice notice-warning share-exists" role="status">
          <p>
            {raced && isApiError(create.error)
              ? create.error.message
              : `${person.fullName} already has a live link to this ${what}, until ${formatMoment(existing!.expiresAt)}. Use that one — give it a new address if it was lost — or revoke it first to make another.`}
          </p>
          <button type="button" className="button button-small" onClick={() => onShowLink((existing?.id ?? raced)!)}>
            Show their link
          </button>
        </div>
      ) : (
        <>
          {children?.(person, errors)}
          <ExpiryField id={`${id}-expiresAt`} value={day} onChange={setDay} error={errors.expiresAt} />
          <SendByEmail
            id={`${id}-email`}
            personId={person.id}
            personName={person.fullName}
            what={what === 'plan' ? 'the link' : 'the recap'}
            on={emailOn}
            onToggle={setEmailOn}
            email={email.value}
            onEmailChange={email.set}
            errors={errors}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              {create.isPending ? 'Making the link…' : emailOn && canEmail ? `Share and email ${person.fullName}` : `Make ${person.fullName}’s link`}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
