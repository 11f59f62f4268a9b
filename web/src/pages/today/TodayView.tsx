/**
 * The six lists of Today, in the order a day is worked: what we owe (follow-ups, commitments), what went
 * wrong (incidents), what is unfinished (open loops), then what is drifting (journeys, relationships).
 */
import { useState } from 'react';
import { useToday, type TodayScope } from '../../api/today.ts';
import { LoadError, Loading } from '../../components/Status.tsx';
import { CommitmentsDue } from './CommitmentsDue.tsx';
import { FollowUpsDue } from './FollowUpsDue.tsx';
import { JourneysAtRisk } from './JourneysAtRisk.tsx';
import { LosingTouch } from './LosingTouch.tsx';
import { OpenIncidents } from './OpenIncidents.tsx';
import { OpenLoops } from './OpenLoops.tsx';
import { ScopeSwitch } from './ScopeSwitch.tsx';
import '../../styles/today.css';

const SCOPE_KEY = 'yellowpad.today.scope';

/** The member's last choice of scope, kept in this browser. */
function useScope(): [TodayScope, (scope: TodayScope) => void] {
  const [scope, setScope] = useState<TodayScope>(() => (localStorage.getItem(SCOPE_KEY) === 'firm' ? 'firm' : 'mine'));
  return [
    scope,
    (next) => {
      localStorage.setItem(SCOPE_KEY, next);
      setScope(next);
    },
  ];
}

export function TodayView() {
  const [scope, setScope] = useScope();
  const today = useToday(scope);
  const firmWide = scope === 'firm';
  return (
    <div className="today">
      <ScopeSwitch scope={scope} onChange={setScope} />
      {today.isPending ? (
        <Loading label="Loading today…" />
      ) : today.isError ? (
        <LoadError error={today.error} onRetry={() => void today.refetch()} />
      ) : (
        <div className={`today-grid${today.isPlaceholderData ? ' busy' : ''}`} aria-busy={today.isPlaceholderData || undefined}>
          <FollowUpsDue items={today.data.followUpsDue} total={today.data.totals.followUpsDue} showMember={firmWide} />
          <CommitmentsDue items={today.data.commitmentsDue} total={today.data.totals.commitmentsDue} showMember={firmWide} />
          <OpenIncidents items={today.data.openIncidents} total={today.data.totals.openIncidents} />
          <OpenLoops items={today.data.openLoops} total={today.data.totals.openLoops} />
          <JourneysAtRisk items={today.data.journeysAtRisk} total={today.data.totals.journeysAtRisk} />
          <LosingTouch items={today.data.losingTouch} total={today.data.totals.losingTouch} />
        </div>
      )}
    </div>
  );
}
