/** A team member: who they are, and how they listened across their calls with a transcript. */
import { Link } from '@tanstack/react-router';
import { useMembers } from '../../api/members.ts';
import { useSession } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, LoadError, Loading } from '../../components/Status.tsx';
import { MemberListening } from './member/MemberListening.tsx';
import '../../styles/listening.css';
import '../../styles/listening-member.css';

export function MemberPage({ memberId }: { memberId: string }) {
  const session = useSession();
  const members = useMembers();
  if (members.isPending) return <Loading />;
  if (members.isError) return <LoadError error={members.error} onRetry={() => void members.refetch()} />;
  const member = members.data.items.find((m) => m.id === memberId);
  const back = <Link to="/team">← Team</Link>;
  if (!member) {
    return (
      <>
        <PageHeader title="Member not found" back={back} />
        <EmptyState title="This member is not on your team" actions={<Link to="/team" className="button">See the team</Link>}>
          <p>They may have left, or the link is mistyped.</p>
        </EmptyState>
      </>
    );
  }
  const you = member.id === session.member.id;
  return (
    <>
      <PageHeader
        title={member.name}
        back={back}
        lead={
          <p>
            {member.role === 'owner' ? 'Owner' : 'Member'} · <a href={`mailto:${member.email}`}>{member.email}</a>
            {you ? ' · you' : ''}
          </p>
        }
      />
      <section className="member-listening" aria-labelledby="listening-title">
        <h2 id="listening-title">Listening across calls</h2>
        <p className="hint">
          From the transcripts of {you ? 'your' : 'their'} calls: how much of the talk was {you ? 'yours' : 'theirs'}, the questions asked, the
          longest monologue. Only they and the firm’s owners see this — it is for learning, not for scoring anyone.
        </p>
        <MemberListening memberId={memberId} name={member.name} />
      </section>
    </>
  );
}
