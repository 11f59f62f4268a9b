/**
 * The problem statement as it stands: the current version in large type, where it came from, whether the
 * client confirmed it (and a way to record that), "Refine the statement", and the client's "not quite…"
 * suggestions from their page.
 */
import { useState } from 'react';
import type { Need, ProblemStatement } from '../../api/needs.ts';
import { ConfirmForm } from './ConfirmForm.tsx';
import { formatMoment } from '../../lib/days.ts';
import { StatementForm } from './StatementForm.tsx';
import { SuggestionsList } from '../sharing/SuggestionsList.tsx';
import { howPhrase, statementOriginLabels } from './vocabulary.ts';

/** "Confirmed by Sandra Okoye in person on 3 March", one line per person who confirmed. */
export function Confirmations({ statement }: { statement: ProblemStatement }) {
  if (!statement.confirmed) return <p className="statement-unconfirmed">Not yet confirmed by the client</p>;
  return (
    <ul className="plain statement-confirmations">
      {statement.confirmations.map((c) => (
        <li key={c.person.id} className="statement-confirmed">
          Confirmed by {c.person.fullName} {howPhrase(c.how)} on {formatMoment(c.confirmedAt)}
        </li>
      ))}
    </ul>
  );
}

type Open = 'none' | 'confirm' | 'refine';

export function StatementSection({ need }: { need: Need }) {
  const [open, setOpen] = useState<Open>('none');
  const current = need.currentStatement;
  const closed = need.status === 'closed';
  const close = () => setOpen('none');
  return (
    <section className="need-section" aria-labelledby="statement-title">
      <h2 id="statement-title">Problem statement</h2>
      {!current ? (
        closed ? (
          <p className="muted">No problem statement was written down.</p>
        ) : (
          <>
            <p className="muted">Not written down yet. Start with how they first put it, in their words.</p>
            <StatementForm needId={need.id} base={null} onDone={close} />
          </>
        )
      ) : (
        <>
          <p className="statement-meta">
            <span className={`statement-origin statement-origin-${current.origin}`}>{statementOriginLabels[current.origin]}</span>
            <span>
              Version {current.version}
              {current.createdBy ? `, written by ${current.createdBy.name}` : ''} on {formatMoment(current.createdAt)}
            </span>
          </p>
          <blockquote className="statement-quote statement-current">
            <p className="prewrap">{current.text}</p>
          </blockquote>
          <Confirmations statement={current} />
          {open === 'confirm' ? <ConfirmForm need={need} version={current.version} onDone={close} /> : null}
          {open === 'refine' ? <StatementForm needId={need.id} base={current} onDone={close} /> : null}
          {open === 'none' && !closed ? (
            <div className="need-actions">
              <button type="button" className="button button-primary" onClick={() => setOpen('refine')}>
                Refine the statement
              </button>
              <button type="button" className="button" onClick={() => setOpen('confirm')}>
                {current.confirmed ? 'Record another confirmation' : 'The client confirmed it'}
              </button>
            </div>
          ) : null}
          <SuggestionsList needId={need.id} currentVersion={current.version} closed={closed} />
        </>
      )}
    </section>
  );
}
