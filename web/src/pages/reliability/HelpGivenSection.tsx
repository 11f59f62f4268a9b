/**
 * Help given, whatever the fee: the times we sent a client to someone better suited, and the needs we closed
 * by referring them out or advising them not to buy — each count with the records behind it.
 */
import { Link } from '@tanstack/react-router';
import { useHelpGiven, type HelpGiven } from '../../api/help-given.ts';
import type { ReliabilityWindow } from '../../api/reliability.ts';
import { LoadError, Loading } from '../../components/Status.tsx';
import { formatDay, formatMoment } from '../../lib/days.ts';
import { needOutcomeLabels } from '../../../../src/common/practices.ts';

type ClosedNeeds = HelpGiven['referredOut'];

function NeedItems({ part }: { part: ClosedNeeds }) {
  return (
    <ul className="plain help-items">
      {part.items.map((n) => (
        <li key={n.id}>
          <Link to="/needs/$needId" params={{ needId: n.id }}>
            {n.title}
          </Link>
          <span className="muted">
            {' · '}
            {needOutcomeLabels[n.outcome].label}
            {n.organization ? ` · ${n.organization.name}` : ''} · {formatMoment(n.closedAt)}
          </span>
          {n.reason ? <p className="help-reason">{n.reason}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export function HelpGivenSection({ window, memberId, windowText }: { window: ReliabilityWindow; memberId?: string; windowText: string }) {
  const query = useHelpGiven({ window, memberId });
  return (
    <section className="reliability-section help-given" aria-labelledby="help-given-title">
      <h2 id="help-given-title">Help given, whatever the fee</h2>
      {query.isPending ? (
        <Loading label="Counting the help given…" />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p className="figure-sentence">
            In {windowText}: <strong>{query.data.referralsOut.count}</strong> {query.data.referralsOut.count === 1 ? 'client' : 'clients'} referred to
            someone better suited, <strong>{query.data.referredOut.count}</strong> {query.data.referredOut.count === 1 ? 'need' : 'needs'} closed by
            referring out, and <strong>{query.data.advisedNotToBuy.count}</strong> by advising not to buy.
          </p>
          <div className="help-columns">
            <div>
              <h3>Referred to someone better suited</h3>
              {query.data.referralsOut.count === 0 ? (
                <p className="muted">None in this window. When someone else fits better, say so: it is help, and clients remember it.</p>
              ) : (
                <ul className="plain help-items">
                  {query.data.referralsOut.items.map((r) => (
                    <li key={r.id}>
                      {r.person ? (
                        <Link to="/people/$personId" params={{ personId: r.person.id }}>
                          {r.person.fullName}
                        </Link>
                      ) : (
                        <span>{r.organization?.name ?? 'A client'}</span>
                      )}
                      {r.provider ? (
                        <>
                          {' → '}
                          <Link to="/providers/$providerId" params={{ providerId: r.provider.id }}>
                            {r.provider.name}
                          </Link>
                        </>
                      ) : null}
                      <span className="muted"> · {formatDay(r.referredOn)}</span>
                      <p className="help-reason">{r.reason}</p>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3>Needs closed as help given</h3>
              {query.data.referredOut.count + query.data.advisedNotToBuy.count === 0 ? (
                <p className="muted">None in this window.</p>
              ) : (
                <>
                  {query.data.advisedNotToBuy.count > 0 ? <NeedItems part={query.data.advisedNotToBuy} /> : null}
                  {query.data.referredOut.count > 0 ? <NeedItems part={query.data.referredOut} /> : null}
                </>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
