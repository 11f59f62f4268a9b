/** Rows of needs: the title, whose need it is, its health or outcome, and the current statement in brief. */
import { Link } from '@tanstack/react-router';
import type { NeedSummary } from '../../api/needs.ts';
import { HealthBadge } from './HealthBadge.tsx';

const SNIPPET = 160;

/** "Northwind Logistics · Sandra Okoye, Tom Baker" */
function whoseNeed(need: Pick<NeedSummary, 'organization' | 'people'>): string {
  const names = need.people.map((p) => p.fullName).join(', ');
  return [need.organization?.name, names].filter(Boolean).join(' · ');
}

function snippet(text: string): string {
  return text.length > SNIPPET ? `${text.slice(0, SNIPPET).trimEnd()}…` : text;
}

export function NeedList({ needs }: { needs: NeedSummary[] }) {
  return (
    <ul className="record-list need-list">
      {needs.map((need) => {
        const statement = need.currentStatement;
        return (
          <li key={need.id} className="need-row">
            <div className="need-row-main">
              <p className="need-row-title">
                <Link to="/needs/$needId" params={{ needId: need.id }}>
                  {need.title}
                </Link>
              </p>
              <p className="record-detail">{whoseNeed(need)}</p>
              {statement ? (
                <p className="need-snippet">“{snippet(statement.text)}”</p>
              ) : (
                <p className="need-snippet muted">No problem statement yet.</p>
              )}
            </div>
            <div className="need-row-status">
              <HealthBadge need={need} />
              {need.outcome?.helpGiven ? <span className="need-badge need-badge-help">Help given</span> : null}
              {statement ? (
                <span className={statement.confirmed ? 'statement-confirmed' : 'statement-unconfirmed'}>{statement.confirmed ? 'Confirmed' : 'Not yet confirmed'}</span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
