/**
 * The email that carries a link: subject and message (prefilled, editable), the draft check beside them as
 * on "Email {person}" (below them on a phone), and a word on what Yellowpad adds under the message.
 */
import { useId, useRef, type RefObject } from 'react';
import { shareLimits } from '../../../../src/common/client-side.ts';
import { useDraftCheck } from '../../api/listening.ts';
import { ariaFor, FieldShell, TextField } from '../../components/Field.tsx';
import { useDebounced } from '../../lib/hooks.ts';
import { DraftCheckPanel } from '../drafts/DraftCheckPanel.tsx';
import { selectInDraft } from '../drafts/select-in-draft.ts';
import '../../styles/listening.css';
import '../../styles/draft-check.css';
import '../../styles/email.css';
import '../../styles/sharing.css';

export interface ShareEmail {
  subject: string;
  body: string;
}

interface Props {
  /** Prefix of the fields' ids (and the error summary's targets): `${id}-subject`, `${id}-body`. */
  id: string;
  personId: string;
  /** The address it goes to, said above the fields. */
  to: string;
  value: ShareEmail;
  onChange: (value: ShareEmail) => void;
  errors: Record<string, string>;
}

export function ShareEmailFields({ id, personId, to, value, onChange, errors }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="email-layout share-email">
      <div className="email-fields">
        <p className="share-email-to">
          To <strong>{to}</strong>
        </p>
        <TextField
          id={`${id}-subject`}
          label="Subject"
          value={value.subject}
          maxLength={shareLimits.emailSubjectMax}
          onChange={(e) => onChange({ ...value, subject: e.target.value })}
          error={errors['email.subject'] ?? errors.subject}
        />
        <FieldShell
          id={`${id}-body`}
          label="Your message"
          hint="Plain text. Yellowpad adds the link and the day it stops working under it."
          error={errors['email.body'] ?? errors.body}
        >
          <textarea
            id={`${id}-body`}
            ref={area}
            className="share-email-body"
            rows={9}
            value={value.body}
            maxLength={shareLimits.emailBodyMax}
            onChange={(e) => onChange({ ...value, body: e.target.value })}
            {...ariaFor(`${id}-body`, 'hint', errors['email.body'] ?? errors.body)}
          />
        </FieldShell>
      </div>
      <ShareEmailCheck text={value.body} personId={personId} area={area} />
    </div>
  );
}

/** The draft check of the message (EmailCheck's, with its own heading id: a page may hold two of these forms). */
function ShareEmailCheck({ text, personId, area }: { text: string; personId: string; area: RefObject<HTMLTextAreaElement | null> }) {
  const titleId = useId();
  const debounced = useDebounced(text, 400);
  const check = useDraftCheck(debounced, personId);
  const empty = text.trim().length === 0;
  const checking = !empty && (text !== debounced || check.isFetching);
  return (
    <section className="draft-check email-check" aria-labelledby={titleId}>
      <h2 id={titleId}>Before you send</h2>
      {empty ? (
        <p className="muted">As you write, this checks whether the message is about them or about us, and flags lines that cost trust.</p>
      ) : (
        <DraftCheckPanel check={check.data} checking={checking} error={check.error} onShow={(evidence) => selectInDraft(area.current, evidence)} />
      )}
    </section>
  );
}
