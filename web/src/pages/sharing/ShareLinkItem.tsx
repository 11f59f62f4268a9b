/**
 * One share link: who it is for, its state, when it was made and by whom, until when it works, whether it
 * was opened or emailed — for a recap, what they read and their answer beside it — and what can be done
 * with it: change the expiry, give it a new address, send it again by email, revoke it.
 */
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { type ShareAddress, type ShareLink } from '../../api/share-links.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoment } from '../../lib/days.ts';
import { OneTimeAddress } from './OneTimeAddress.tsx';
import { EmailAgainForm, ExpiryForm, NewAddressConfirm, RevokeConfirm } from './ShareLinkActions.tsx';
import type { ShareEmail } from './ShareEmailFields.tsx';
import { lifeOf, opensLine, stateLabels } from './share-words.ts';

export const shareLinkElementId = (id: string) => `share-link-${id}`;

type Open = 'none' | 'expiry' | 'address' | 'email' | 'revoke';

interface Props {
  link: ShareLink;
  /** Whether this server sends email (for "Send again by email"). */
  smtp: boolean;
  /** The prefilled email for sending this link again. */
  emailDraft: (link: ShareLink) => ShareEmail;
  /** Reloads the list (after a version conflict). */
  onReload: () => Promise<unknown>;
  reloading: boolean;
  /** Briefly marked: the link a "this person already has a link" notice pointed to. */
  highlighted?: boolean;
  /** An expired link may be given a later expiry, unless its person has another live link meanwhile. */
  canReopen: boolean;
  /** Says what an action did, in the list's status line (the link may move within the list). */
  onSaid: (said: string) => void;
}

export function ShareLinkItem({ link, smtp, emailDraft, onReload, reloading, highlighted = false, canReopen, onSaid }: Props) {
  const [open, setOpen] = useState<Open>('none');
  const [address, setAddress] = useState<{ result: ShareAddress; emailed: boolean } | null>(null);
  const article = useRef<HTMLElement>(null);
  // Done or cancelled: the keyboard's place returns to the link (the list's status line takes it when something was said).
  const close = (said = '') => {
    setOpen('none');
    onSaid(said);
    if (!said) article.current?.focus();
  };
  const live = link.state === 'active';
  const life = lifeOf(link);
  const canEmail = smtp && live && link.person.emails.length > 0;

  return (
    <article
      className={`share-link share-link-${link.state}${highlighted ? ' is-highlighted' : ''}`}
      id={shareLinkElementId(link.id)}
      tabIndex={-1}
      ref={article}
      aria-label={`${link.person.fullName}’s link, ${stateLabels[link.state].toLowerCase()}`}
    >
      <header className="share-link-head">
        <h3>
          <Link to="/people/$personId" params={{ personId: link.person.id }}>
            {link.person.fullName}
          </Link>
        </h3>
        <span className={`share-state share-state-${link.state}`}>
          {stateLabels[link.state]}
        </span>
      </header>
      <dl className="share-link-facts">
        <div>
          <dt>Created</dt>
          <dd>
            <time dateTime={link.createdAt} title={formatDateTime(link.createdAt)}>
              {formatMoment(link.createdAt)}
            </time>
            {link.createdBy ? ` by ${link.createdBy.name}` : ''}
          </dd>
        </div>
        <div>
          <dt>{life.label}</dt>
          <dd>{life.day}</dd>
        </div>
        <div>
          <dt>Opened</dt>
          <dd>{opensLine(link)}</dd>
        </div>
        <div>
          <dt>Emailed</dt>
          <dd>{link.lastEmailedAt ? `Last sent ${formatMoment(link.lastEmailedAt)}` : 'Not sent by email'}</dd>
        </div>
      </dl>
      {link.subject.kind === 'recap' ? <RecapAndReply link={link} /> : null}

      {address ? (
        <OneTimeAddress
          url={address.result.url}
          title={address.emailed ? `Sent to ${address.result.emailedTo ?? link.person.fullName}` : `${link.person.fullName}’s new address`}
          onDone={() => {
            setAddress(null);
            article.current?.focus();
          }}
        >
          <p>
            {address.emailed
              ? 'The email carries a new address, so the one they had before no longer works. Here it is, in case you need it too.'
              : `The address ${link.person.fullName} had before no longer works. Send them this one.`}
          </p>
        </OneTimeAddress>
      ) : null}

      {open === 'revoke' ? (
        <RevokeConfirm link={link} onDone={close} />
      ) : open === 'expiry' ? (
        <ExpiryForm link={link} onDone={close} onReload={onReload} reloading={reloading} />
      ) : open === 'address' ? (
        <NewAddressConfirm
          link={link}
          onDone={close}
          onMade={(result) => {
            close();
            setAddress({ result, emailed: false });
          }}
        />
      ) : open === 'email' ? (
        <EmailAgainForm
          link={link}
          draft={emailDraft(link)}
          onDone={close}
          onSent={(result) => {
            close();
            setAddress({ result, emailed: true });
          }}
        />
      ) : live || (link.state === 'expired' && canReopen) ? (
        <div className="share-link-actions" role="group" aria-label={`What to do with ${link.person.fullName}’s link`}>
          <button type="button" className="button button-small" onClick={() => setOpen('expiry')}>
            {live ? 'Change expiry' : 'Make it work again'}
          </button>
          {live ? (
            <button type="button" className="button button-small" onClick={() => setOpen('address')}>
              New address
            </button>
          ) : null}
          {canEmail ? (
            <button type="button" className="button button-small" onClick={() => setOpen('email')}>
              Send again by email
            </button>
          ) : null}
          {live ? (
            <button type="button" className="button button-small button-danger-quiet" onClick={() => setOpen('revoke')}>
              Revoke
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

/** A recap link: the text they read, and beside it what they answered. */
function RecapAndReply({ link }: { link: ShareLink }) {
  const reply = link.reply;
  return (
    <div className="share-recap">
      <figure className="share-recap-text">
        <figcaption>What they read</figcaption>
        <div className="prewrap">{link.recapText ?? ''}</div>
      </figure>
      <div className={`share-recap-reply${reply ? (reply.agrees ? ' is-agreed' : ' is-corrected') : ''}`}>
        <h4>Their answer</h4>
        {!reply ? (
          <p className="muted">No answer yet.</p>
        ) : reply.agrees ? (
          <p className="share-recap-agrees">
            {link.person.fullName} agreed: “Yes, that’s right.” <span className="muted">{formatMoment(reply.at)}</span>
          </p>
        ) : (
          <>
            <p>
              {link.person.fullName} corrected it on {formatMoment(reply.at)}, in their words:
            </p>
            <blockquote className="share-recap-correction">
              <p className="prewrap">{reply.correction ?? ''}</p>
            </blockquote>
          </>
        )}
      </div>
    </div>
  );
}
