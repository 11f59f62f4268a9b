/** One commitment: what, who promised whom, the date in force and its history, where it stands, and the actions. */
import { Link } from '@tanstack/react-router';
import { useCommitment } from '../../api/commitments.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import '../../styles/commitments.css';
import { DueLine, StandingBadge } from './Badges.tsx';
import { CommitmentActions } from './CommitmentActions.tsx';
import { CommitmentDetails } from './CommitmentDetails.tsx';
import { EditCommitment } from './EditCommitment.tsx';
import { whoPromised } from './commitment-words.ts';
import { formatDay, todayLocal } from '../../lib/days.ts';

export function CommitmentPage({ commitmentId }: { commitmentId: string }) {
  const query = useCommitment(commitmentId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  const today = todayLocal();
  const open = c.status === 'open';

  return (
    <>
      <PageHeader
        title={c.description}
        back={<Link to="/commitments">← Commitments</Link>}
        lead={
          <p className="commitment-lead">
            <span>{whoPromised(c)}</span>
            <DueLine dueOn={c.dueOn} today={today} open={open} />
            {open ? null : <StandingBadge standing={c.standing} />}
          </p>
        }
      />
      <div className="record-layout">
        <aside className="record-aside" aria-labelledby="details-title">
          <h2 id="details-title">Details</h2>
          <CommitmentDetails commitment={c} />
        </aside>
        <div className="record-main">
          {open ? (
            <section className="panel" aria-labelledby="act-title">
              <h2 id="act-title">Where does it stand?</h2>
              <p className="muted">Due {formatDay(c.dueOn)}. Mark it kept, agree a new date before then, or record honestly that it was broken.</p>
              <CommitmentActions commitment={c} today={today} />
            </section>
          ) : null}
          <section className="section" aria-labelledby="history-title">
            <h2 id="history-title">Dates</h2>
            <ol className="date-history">
              <li>
                <span className="date-history-day">{formatDay(c.originalDueOn)}</span> first promised, on {formatDay(c.createdAt.slice(0, 10))}
              </li>
              {c.renegotiations.map((r) => (
                <li key={r.createdAt}>
                  <span className="date-history-day">{formatDay(r.toDueOn)}</span> agreed on {formatDay(r.createdAt.slice(0, 10))}
                  {r.createdBy ? ` by ${r.createdBy.name}` : ''}, moved from {formatDay(r.fromDueOn)}: <q>{r.reason}</q>
                </li>
              ))}
              {c.keptOn ? (
                <li>
                  <span className="date-history-day">{formatDay(c.keptOn)}</span> kept
                  {c.standing === 'kept_late' ? ' — after the date in force' : ''}
                </li>
              ) : null}
              {c.status === 'broken' && c.resolvedAt ? (
                <li>
                  <span className="date-history-day">{formatDay(c.resolvedAt.slice(0, 10))}</span> recorded as broken: <q>{c.brokenReason}</q>
                </li>
              ) : null}
            </ol>
          </section>
          <EditCommitment commitment={c} onReload={() => void query.refetch()} reloading={query.isFetching} />
        </div>
      </div>
    </>
  );
}
