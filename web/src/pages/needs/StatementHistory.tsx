/** How the problem statement evolved: every version newest first, who wrote it and why, and what changed. */
import { useState } from 'react';
import { useProblemStatements } from '../../api/needs.ts';
import { LoadError, Loading } from '../../components/Status.tsx';
import { formatMoment } from '../../lib/days.ts';
import { Confirmations } from './StatementSection.tsx';
import { statementOriginLabels } from './vocabulary.ts';
import { WordDiff } from './WordDiff.tsx';

/** Versions shown before "Show earlier versions": the recent story, without burying the journey below. */
const RECENT = 3;

export function StatementHistory({ needId }: { needId: string }) {
  const statements = useProblemStatements(needId);
  const [all, setAll] = useState(false);
  if (statements.isPending) return <Loading label="Loading the history…" />;
  if (statements.isError) return <LoadError error={statements.error} onRetry={() => void statements.refetch()} />;
  const items = statements.data.items;
  if (items.length < 2) return null;
  const newestFirst = [...items].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, RECENT);
  const hidden = items.length - shown.length;
  return (
    <section className="need-section" aria-labelledby="history-title">
      <h2 id="history-title">How the statement evolved</h2>
      <p className="hint">
        Each version against the one before it: <ins>added words</ins> are underlined, <del>removed words</del> struck through.
      </p>
      <ol className="statement-history" reversed>
        {shown.map((s) => {
          const previous = items.find((p) => p.version === s.version - 1);
          return (
            <li key={s.version} className="statement-history-item">
              <h3>
                Version {s.version} · {statementOriginLabels[s.origin]}
              </h3>
              <p className="statement-history-meta">
                {s.createdBy ? `${s.createdBy.name}, ` : ''}
                {formatMoment(s.createdAt)}
              </p>
              {s.changeReason ? (
                <p className="statement-history-reason">
                  <strong>Why it changed:</strong> {s.changeReason}
                </p>
              ) : null}
              <blockquote className="statement-quote">
                {previous ? <WordDiff before={previous.text} after={s.text} /> : <p className="prewrap">{s.text}</p>}
              </blockquote>
              <Confirmations statement={s} />
            </li>
          );
        })}
      </ol>
      {hidden > 0 ? (
        <div className="need-actions">
          <button type="button" className="button" onClick={() => setAll(true)}>
            Show {hidden === 1 ? 'the first version' : `the ${hidden} earlier versions`}
          </button>
        </div>
      ) : null}
    </section>
  );
}
