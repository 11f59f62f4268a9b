/** Small labels on commitments: where one stands, and when it is due (with an overdue warning). */
import type { Standing } from '../../api/commitments.ts';
import '../../styles/commitments.css';
import { standingLabels } from './commitment-words.ts';
import { dueLabel, formatDay } from '../../lib/days.ts';

export function StandingBadge({ standing }: { standing: Standing }) {
  return <span className={`standing-badge standing-${standing}`}>{standingLabels[standing]}</span>;
}

/** "Due 20 March 2026 · Due in 3 days"; overdue is said in words and marked, never by colour alone. */
export function DueLine({ dueOn, today, open }: { dueOn: string; today: string; open: boolean }) {
  const overdue = open && dueOn < today;
  return (
    <span className="due-line">
      <span>
        Due <time dateTime={dueOn}>{formatDay(dueOn)}</time>
      </span>
      {open ? <span className={overdue ? 'standing-badge standing-overdue' : 'due-soon'}>{dueLabel(dueOn, today)}</span> : null}
    </span>
  );
}
