/** The firm's members; owners invite colleagues by link. Also: API tokens for scripts. */
import { Link } from '@tanstack/react-router';
import { useMembers } from '../../api/members.ts';
import { useSession } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { ApiTokens } from './ApiTokens.tsx';
import { AuditTrail } from './AuditTrail.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { CalendarFeedPanel } from '../calendar/CalendarFeedPanel.tsx';
import { EmailDigestPanel } from './EmailDigestPanel.tsx';
import { InviteForm } from './InviteForm.tsx';

export function TeamPage() {
  const session = useSession();
  const members = useMembers();
  const isOwner = session.member.role === 'owner';
  return (
    <>
      <PageHeader title="Team" lead={<p>Everyone at {session.firm.name} who shares these clients and their notes.</p>} />
      <div className="team-layout">
        <section aria-labelledby="members-title">
          <h2 id="members-title">Members</h2>
          {members.isPending ? (
            <Loading label="Loading the team…" />
          ) : members.isError ? (
            <LoadError error={members.error} onRetry={() => void members.refetch()} />
          ) : (
            <ul className="record-list">
              {members.data.items.map((m) => (
                <li key={m.id} className="record-row">
                  <span className="record-name">
                    <Link to="/team/$memberId" params={{ memberId: m.id }}>
                      {m.name}
                    </Link>
                    {m.id === session.member.id ? <span className="muted"> (you)</span> : null}
                  </span>
                  <span className="record-detail">
                    {m.email} · {m.role === 'owner' ? 'Owner' : 'Member'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        {isOwner ? (
          <InviteForm />
        ) : (
          <section className="panel">
            <h2>Inviting colleagues</h2>
            <p>Only owners can invite colleagues. Ask an owner of {session.firm.name} to send a link.</p>
          </section>
        )}
        <CalendarFeedPanel />
        <EmailDigestPanel />
        <ApiTokens />
        {isOwner ? <AuditTrail /> : null}
        {isOwner ? <ExportPanel /> : null}
      </div>
    </>
  );
}
