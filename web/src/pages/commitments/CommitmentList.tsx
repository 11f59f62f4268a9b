/** Rows of commitments: what was promised, who promised whom, when it is due and where it stands; open ones can be acted on in place. */
import { Link } from '@tanstack/react-router';
import type { Commitment } from '../../api/commitments.ts';
import { DueLine, StandingBadge } from './Badges.tsx';
import { CommitmentActions } from './CommitmentActions.tsx';
import { whoPromised } from './commitment-words.ts';
import { formatDay } from '../../lib/days.ts';

function Outcome({ c }: { c: Commitment }) {
  if (c.status === 'kept' && c.keptOn) return <span>Kept on {formatDay(c.keptOn)}</span>;
  if (c.status === 'broken') return <span>Broken: {c.brokenReason}</span>;
  return null;
}

export function CommitmentRow({ commitment: c, today, actions = true }: { commitment: Commitment; today: string; actions?: boolean }) {
  const open = c.status === 'open';
  return (
    <li className="commitment-item">
      <div className="commitment-text">
        <p className="commitment-who">{whoPromised(c)}</p>
        <Link to="/commitments/$commitmentId" params={{ commitmentId: c.id }} className="commitment-title">
          {c.description}
        </Link>
        <p className="commitment-meta">
          <DueLine dueOn={c.dueOn} today={today} open={open} />
          {open ? null : <StandingBadge standing={c.standing} />}
          {c.renegotiationCount ? <span>Moved {c.renegotiationCount === 1 ? 'once' : `${c.renegotiationCount} times`}</span> : null}
          <Outcome c={c} />
        </p>
      </div>
      {open && actions ? <CommitmentActions commitment={c} today={today} /> : null}
    </li>
  );
}

export function CommitmentList({ items, today, busy }: { items: Commitment[]; today: string; busy?: boolean }) {
  return (
    <ul className={`commitment-list${busy ? ' busy' : ''}`} aria-busy={busy || undefined}>
      {items.map((c) => (
        <CommitmentRow key={c.id} commitment={c} today={today} />
      ))}
    </ul>
  );
}
