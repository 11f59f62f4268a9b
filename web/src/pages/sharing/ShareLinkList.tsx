/**
 * The links made for a need or a conversation, newest first: the ones that work, each with what can be done
 * with it, then — folded away — the ones that no longer do. What an action did is said once, above them.
 */
import { useRef, useState } from 'react';
import type { ShareLink } from '../../api/share-links.ts';
import type { ShareEmail } from './ShareEmailFields.tsx';
import { ShareLinkItem } from './ShareLinkItem.tsx';

interface Props {
  /** The list's heading id (the heading is the caller's). */
  labelledBy: string;
  links: ShareLink[];
  smtp: boolean;
  emailDraft: (link: ShareLink) => ShareEmail;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  highlightedId: string | null;
}

export function ShareLinkList({ labelledBy, links, smtp, emailDraft, onReload, reloading, highlightedId }: Props) {
  const [said, setSaid] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  // The link may have moved (a revoked one folds away): the keyboard's place goes to what was done.
  const tell = (text: string) => {
    setSaid(text);
    if (text) status.current?.focus();
  };
  const live = liveLinksByPerson(links);
  const working = links.filter((l) => l.state === 'active');
  const ended = links.filter((l) => l.state !== 'active');
  const item = (link: ShareLink) => (
    <li key={link.id}>
      <ShareLinkItem
        link={link}
        smtp={smtp}
        emailDraft={emailDraft}
        onReload={onReload}
        reloading={reloading}
        highlighted={link.id === highlightedId}
        canReopen={!live.has(link.person.id)}
        onSaid={tell}
      />
    </li>
  );
  return (
    <>
      <p className="share-list-status" role="status" tabIndex={-1} ref={status}>
        {said}
      </p>
      {working.length > 0 ? (
        <ul className="share-link-list" aria-labelledby={labelledBy}>
          {working.map(item)}
        </ul>
      ) : (
        <p className="muted">No link works at the moment.</p>
      )}
      {ended.length > 0 ? (
        <details className="share-ended">
          <summary>{ended.length === 1 ? 'One link that no longer works' : `${ended.length} links that no longer work`}</summary>
          <ul className="share-link-list" aria-label="Links that no longer work">
            {ended.map(item)}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/** "Links to this plan" (or the recaps sent), under its heading; nothing until a link has been made. */
export function LinksMade(props: Omit<Props, 'labelledBy'> & { id: string; title: string }) {
  const { id, title, ...list } = props;
  if (list.links.length === 0) return null;
  return (
    <>
      <h3 id={id} className="share-links-title">
        {title}
      </h3>
      <ShareLinkList labelledBy={id} {...list} />
    </>
  );
}

/** The live link of each person (one at most per person and subject), to say who already has one. */
export function liveLinksByPerson(links: readonly ShareLink[]): Map<string, ShareLink> {
  return new Map(links.filter((l) => l.state === 'active').map((l) => [l.person.id, l]));
}
