/**
 * One section of Today: a heading with its count, the items (or a short, calm line when there are none),
 * a link to the full list, and a polite status line for what was just done from here.
 */
import type { ReactNode } from 'react';
import { practiceLimits } from '../../../../src/common/practices.ts';

interface Props {
  id: string;
  title: string;
  /** The full count (the list may show fewer). */
  total: number;
  shown: number;
  empty: string;
  /** A link to the area's own page. */
  more?: ReactNode;
  /** What was just done here (e.g. "Marked done: …"), announced politely. */
  status?: string;
  children: ReactNode;
}

/** Today counts up to practiceLimits.todayCountMax: at the cap, "1000+". */
const countText = (total: number) => (total >= practiceLimits.todayCountMax ? `${practiceLimits.todayCountMax}+` : String(total));

export function TodaySection({ id, title, total, shown, empty, more, status, children }: Props) {
  return (
    <section className="today-section" aria-labelledby={`${id}-title`}>
      <div className="today-section-head">
        <h2 id={`${id}-title`}>
          {title} <span className="count">{countText(total)}</span>
        </h2>
        {more}
      </div>
      <p className="today-status" role="status" aria-live="polite">
        {status}
      </p>
      {total === 0 ? (
        <p className="today-empty">{empty}</p>
      ) : (
        <>
          <ul className="today-list">{children}</ul>
          {total > shown ? (
            <p className="today-more">
              Showing the first {shown} of {countText(total)}.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

interface ItemProps {
  title: ReactNode;
  meta?: ReactNode;
  signal?: ReactNode;
  actions?: ReactNode;
  /** An inline action's failure, shown under the item. */
  error?: ReactNode;
}

/** One item: what it is, its signal (late, stalled…), the context, and the action one click away. */
export function TodayItem({ title, meta, signal, actions, error }: ItemProps) {
  return (
    <li className="today-item">
      <div className="today-item-text">
        <p className="today-item-title">{title}</p>
        {signal || meta ? (
          <p className="today-item-meta">
            {signal}
            {signal && meta ? ' ' : null}
            {meta}
          </p>
        ) : null}
        {error}
      </div>
      {actions ? <div className="today-item-actions">{actions}</div> : null}
    </li>
  );
}
