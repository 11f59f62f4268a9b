/**
 * A link's address, the one time Yellowpad can show it: with Copy (or the address selected, to copy by
 * hand) and the plain warning that it cannot be shown again. It takes focus when it appears, so it is heard.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CopyField } from '../team/CopyField.tsx';
import '../../styles/sharing.css';

interface Props {
  url: string;
  /** The heading, e.g. "Sandra’s link is ready". */
  title: string;
  /** Said before the address: what was made, and for whom. */
  children?: ReactNode;
  onDone: () => void;
}

export function OneTimeAddress({ url, title, children, onDone }: Props) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="share-address" role="region" aria-labelledby={`${id}-title`} tabIndex={-1} ref={ref}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
      <CopyField id={`${id}-url`} label="The link" value={url} copyLabel="Copy the link" />
      <p className="share-address-once">
        <strong>Copy it now: Yellowpad cannot show it again.</strong> It keeps only a scrambled fingerprint of the link, so nobody can read it
        back, not even you. If it gets lost, make a new address from the list of links.
      </p>
      <button type="button" className="button" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
