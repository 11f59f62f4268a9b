/** One follow-up: what we will bring, for whom, whose it is, when it is due, and (while open) its actions. */
import { Link } from '@tanstack/react-router';
import type { FollowUp } from '../../api/follow-ups.ts';
import { formatDate } from '../../lib/dates.ts';
import { dueLabel, formatShortDay } from '../../lib/days.ts';
import { EmailThemLink } from '../email/EmailThemLink.tsx';
import { FollowUpActions } from './FollowUpActions.tsx';

interface Props {
  followUp: FollowUp;
  today: string;
  /** Say whose follow-up it is (lists of everyone's). */
  showMember?: boolean;
}

export function FollowUpCard({ followUp: f, today, showMember }: Props) {
  const overdue = f.status === 'open' && f.dueOn < today;
  return (
    <article className={`follow-up-card${overdue ? ' is-overdue' : ''}`}>
      <p className="follow-up-content">{f.content}</p>
      <p className="card-meta">
        {f.person ? (
          <>
            For{' '}
            <Link to="/people/$personId" params={{ personId: f.person.id }}>
              {f.person.fullName}
            </Link>
          </>
        ) : null}
        {f.organization ? (
          <>
            {f.person ? ', ' : 'For '}
            <Link to="/organizations/$organizationId" params={{ organizationId: f.organization.id }}>
              {f.organization.name}
            </Link>
          </>
        ) : null}
        {f.need ? <span> · {f.need.title}</span> : null}
        {showMember && f.member ? <span> · {f.member.name}’s</span> : null}
        {f.conversationId ? (
          <>
            {' · '}
            <Link to="/conversations/$conversationId" params={{ conversationId: f.conversationId }}>
              the conversation
            </Link>
          </>
        ) : null}
      </p>
      <p className="follow-up-due">
        {f.status === 'open' ? (
          <>
            <span className={overdue ? 'due-overdue' : undefined}>{dueLabel(f.dueOn, today)}</span>
            <span className="muted"> · {formatShortDay(f.dueOn)}</span>
            {f.snoozeCount > 0 ? <span className="muted"> · snoozed {f.snoozeCount === 1 ? 'once' : `${f.snoozeCount} times`}</span> : null}
          </>
        ) : f.status === 'done' ? (
          <span className="muted">Done {f.doneAt ? formatDate(f.doneAt) : ''} · was due {formatShortDay(f.dueOn)}</span>
        ) : (
          <span className="muted">
            Cancelled {f.cancelledAt ? formatDate(f.cancelledAt) : ''}: {f.cancelReason}
          </span>
        )}
      </p>
      {f.status === 'open' && f.person ? <EmailThemLink personId={f.person.id} followUpId={f.id} /> : null}
      {f.status === 'open' ? <FollowUpActions followUp={f} today={today} /> : null}
    </article>
  );
}
