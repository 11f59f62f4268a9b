/**
 * Reliability: promises kept, both ways, over the last 12, 24 or 36 months — for the firm, one member or
 * one relationship. Counts with their evidence, rates in plain words, never a score.
 */
import { Link, useNavigate } from '@tanstack/react-router';
import { useMembers } from '../../api/members.ts';
import { useReliability, type Reliability, type ReliabilityWindow } from '../../api/reliability.ts';
import { FieldShell } from '../../components/Field.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import '../../styles/commitments.css';
import '../../styles/reliability.css';
import { windowLabels } from '../commitments/commitment-words.ts';
import { formatDay } from '../../lib/days.ts';
import { Tabs } from '../commitments/Tabs.tsx';
import { FigureSet } from './FigureSet.tsx';
import { IncidentFigure } from './IncidentFigure.tsx';
import { HelpGivenSection } from './HelpGivenSection.tsx';
import { MembersTable } from './MembersTable.tsx';

export interface ReliabilitySearch {
  window?: ReliabilityWindow;
  memberId?: string;
  personId?: string;
  organizationId?: string;
}

const windows: { value: ReliabilityWindow; label: string }[] = [
  { value: '12m', label: '12 months' },
  { value: '24m', label: '24 months' },
  { value: '36m', label: '36 months' },
];

function MemberChooser({ search }: { search: ReliabilitySearch }) {
  const members = useMembers();
  const navigate = useNavigate();
  return (
    <FieldShell id="reliability-member" label="Whose promises" className="member-chooser">
      <select
        id="reliability-member"
        value={search.memberId ?? ''}
        onChange={(e) => void navigate({ to: '/reliability', search: { ...search, memberId: e.target.value || undefined } })}
      >
        <option value="">Everyone in the firm</option>
        {(members.data?.items ?? []).map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

function ReliabilityFigures({ r, search, window }: { r: Reliability; search: ReliabilitySearch; window: ReliabilityWindow }) {
  const windowText = windowLabels[window];
  const member = r.scope.member;
  return (
    <>
      <p className="list-status">
        Commitments resolved from {formatDay(r.window.from)} to {formatDay(r.window.to)}
        {member ? `, ${member.name}’s` : ''}; overdue ones as of today.
      </p>
      <div className="figure-sides">
        <FigureSet id="us" title={member ? `${member.name}’s promises to clients` : 'Our promises to clients'} figures={r.us} windowText={windowText} />
        <FigureSet id="client" title={member ? `Clients’ promises ${member.name} follows up` : 'Clients’ promises to us'} figures={r.client} windowText={windowText} />
      </div>
      {r.members ? <MembersTable members={r.members} window={window} /> : null}
      <IncidentFigure incidents={r.incidents} windowText={windowText} scope={{ personId: search.personId, organizationId: search.organizationId }} />
      {search.personId || search.organizationId ? null : <HelpGivenSection window={window} memberId={search.memberId} windowText={windowText} />}
    </>
  );
}

export function ReliabilityPage({ search }: { search: ReliabilitySearch }) {
  const window = search.window ?? '12m';
  const query = useReliability({ ...search, window });
  const scope = query.data?.scope;
  const scopeName = scope?.person?.fullName ?? scope?.organization?.name;

  return (
    <>
      <PageHeader
        title="Reliability"
        lead={<p>Promises kept, both ways — counted, never scored. Every count opens the commitments behind it.</p>}
        actions={
          <Link to="/commitments" className="button">
            Commitments
          </Link>
        }
      />
      <div className="filter-bar">
        <Tabs label="Over the last">
          {windows.map((w) => (
            <li key={w.value}>
              <Link to="/reliability" search={{ ...search, window: w.value === '12m' ? undefined : w.value }} activeOptions={{ exact: true }} aria-current={window === w.value ? 'page' : undefined}>
                {w.label}
              </Link>
            </li>
          ))}
        </Tabs>
        <MemberChooser search={search} />
      </div>
      {search.personId || search.organizationId ? (
        <p className="evidence-links">
          Figures for our relationship with {scopeName ?? '…'}.{' '}
          <Link to="/reliability" search={{ window: search.window, memberId: search.memberId }}>
            Show the whole firm
          </Link>
        </p>
      ) : null}
      {query.isPending ? (
        <Loading label="Counting…" />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ReliabilityFigures r={query.data} search={search} window={window} />
      )}
    </>
  );
}
