/**
 * A row of links that switch a list's view (whose promises, which state, which window); the current one
 * is aria-current. Give each link activeOptions={{ exact: true }}: the router otherwise marks every link
 * whose search is a subset of the current one as current too.
 */
import '../../styles/commitments.css';
import type { ReactNode } from 'react';

export function Tabs({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav aria-label={label}>
      <ul className="filter-tabs">{children}</ul>
    </nav>
  );
}
