/** "Our commitments": what we promised and what the client promised on this decision, kept or open — the record in the open. */
import type { SharedCommitment } from './api.ts';
import { formatDay } from './words.ts';

function statusText(c: SharedCommitment): string {
  if (c.status === 'kept') return c.keptOn ? `Kept on ${formatDay(c.keptOn)}` : 'Kept';
  if (c.status === 'broken') return `Not kept (was due ${formatDay(c.dueOn)})`;
  return `Open · due ${formatDay(c.dueOn)}`;
}

function Promises({ title, items, empty }: { title: string; items: SharedCommitment[]; empty: string }) {
  return (
    <div className="sp-promises">
      <h3>{title}</h3>
      {items.length ? (
        <ul className="sp-promise-list">
          {items.map((c) => (
            <li key={c.id} className={`sp-promise status-${c.status}`}>
              <span className="sp-promise-mark" aria-hidden="true">
                {c.status === 'kept' ? '✓' : c.status === 'broken' ? '✕' : '○'}
              </span>
              <span className="sp-promise-body">
                <span className="sp-promise-text">{c.description}</span>
                <span className="sp-promise-status">{statusText(c)}</span>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="sp-muted">{empty}</p>
      )}
    </div>
  );
}

export function CommitmentsSection({ commitments }: { commitments: SharedCommitment[] }) {
  if (!commitments.length) return null;
  const ours = commitments.filter((c) => c.side === 'us');
  const yours = commitments.filter((c) => c.side === 'client');
  return (
    <section className="sp-card" aria-labelledby="commitments-heading">
      <h2 id="commitments-heading">Our commitments</h2>
      <p className="sp-muted">What each side said it would do, and whether it has been done.</p>
      <div className="sp-promise-columns">
        <Promises title="What we promised" items={ours} empty="Nothing yet." />
        <Promises title="What you promised" items={yours} empty="Nothing yet." />
      </div>
    </section>
  );
}
