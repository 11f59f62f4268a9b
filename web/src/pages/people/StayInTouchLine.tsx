/**
 * A person's stay-in-touch line: "Last conversation 45 days ago · stay in touch every 30 days", with a
 * "Losing touch" mark once the cadence has passed, or a way to set a cadence when there is none.
 */
import { Link } from '@tanstack/react-router';
import type { Person } from '../../api/types.ts';
import { daysBetween, formatDay, localDay, todayLocal } from '../../lib/days.ts';
import { daysAgo, everyDays } from './cadence.ts';
import '../../styles/today.css';

export function StayInTouchLine({ person }: { person: Person }) {
  const s = person.stayInTouch;
  if (!s) {
    return (
      <p className="stay-in-touch">
        <span className="muted">No cadence set. </span>
        <Link to="/people/$personId/edit" params={{ personId: person.id }}>
          Set one
        </Link>
      </p>
    );
  }
  const today = todayLocal();
  const last = s.lastConversationAt ? `Last conversation ${daysAgo(daysBetween(localDay(new Date(s.lastConversationAt)), today))}` : 'No conversation yet';
  return (
    <p className="stay-in-touch">
      {last} · stay in touch {everyDays(s.everyDays)}
      {s.losingTouch ? (
        <>
          {' '}
          <span className="signal signal-late">Losing touch</span>
        </>
      ) : (
        <span className="muted"> · next by {formatDay(s.dueOn)}</span>
      )}
    </p>
  );
}
