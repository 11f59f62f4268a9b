/**
 * Open commitments both ways for one person, organisation or need, soonest due first, each with a
 * one-click "Kept" (today), and a link to add one. The lead places it on those records' pages.
 */
import { Link } from '@tanstack/react-router';
import { useCommitmentAction, useCommitments, type Commitment } from '../../api/commitments.ts';
import { messageOf } from '../../api/errors.ts';
import { LoadError, Loading } from '../../components/Status.tsx';
import '../../styles/commitments.css';
import { DueLine } from './Badges.tsx';
import { whoPromised } from './commitment-words.ts';
import { todayLocal } from '../../lib/days.ts';

interface Props {
  personId?: string;
  organizationId?: string;
  needId?: string;
}

function QuickKept({ commitment: c }: { commitment: Commitment }) {
  const keep = useCommitmentAction(c.id);
  return (
    <>
      <button
        type="button"
        className="button button-small"
        onClick={() => keep.mutate({ action: 'keep', body: {} })}
        disabled={keep.isPending}
        aria-label={`Kept today: ${c.description}`}
      >
        {keep.isPending ? 'Saving…' : 'Kept'}
      </button>
      {keep.error ? (
        <p className="field-error" role="alert">
          {messageOf(keep.error)}
        </p>
      ) : null}
    </>
  );
}

export function CommitmentsSection({ personId, organizationId, needId }: Props) {
  const scope = { personId, organizationId, needId };
  const list = useCommitments({ ...scope, status: 'open', limit: 10 });
  const items = list.data?.pages[0]?.items ?? [];
  const more = list.data?.pages[0]?.nextCursor !== null;
  const today = todayLocal();

  return (
    <section className="commitments-section" aria-labelledby="commitments-section-title">
      <div className="section-heading">
        <h2 id="commitments-section-title">
          Commitments {list.isSuccess ? <span className="count">{items.length}{more ? '+' : ''}</span> : null}
        </h2>
        <Link to="/commitments/new" search={scope} className="button button-small">
          Add a commitment
        </Link>
      </div>
      {list.isPending ? (
        <Loading label="Loading commitments…" />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">Nothing open. Write down what you promise them, and what they promise you — with a date.</p>
      ) : (
        <ul className="commitment-mini-list">
          {items.map((c) => (
            <li key={c.id}>
              <div className="commitment-text">
                <Link to="/commitments/$commitmentId" params={{ commitmentId: c.id }} className="commitment-title">
                  {c.description}
                </Link>
                <p className="commitment-meta">
                  <span>{whoPromised(c)}</span>
                  <DueLine dueOn={c.dueOn} today={today} open />
                </p>
              </div>
              <QuickKept commitment={c} />
            </li>
          ))}
        </ul>
      )}
      <p className="section-more">
        <Link to="/commitments" search={{ ...scope, status: 'all' }}>
          All commitments here, kept and broken too
        </Link>
        {personId || organizationId ? (
          <>
            {' · '}
            <Link to="/reliability" search={{ personId, organizationId }}>
              Promises kept in this relationship
            </Link>
          </>
        ) : null}
      </p>
    </section>
  );
}
