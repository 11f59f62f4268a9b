/**
 * The start page, Today: a greeting, the quick actions, then what needs attention on this day (the six
 * lists of TodayView) and the firm's latest conversations. A new firm with no conversation yet sees the
 * first steps instead (add a client you talk to, then log your last conversation with them).
 */
import { Link } from '@tanstack/react-router';
import { useRecentConversations } from '../api/conversations.ts';
import { usePeopleSearch } from '../api/people.ts';
import { useSession } from '../api/session.ts';
import { ConversationCard } from '../components/ConversationCard.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { LoadError, Loading } from '../components/Status.tsx';
import { Onboarding } from './Onboarding.tsx';
import { TodayView } from './today/TodayView.tsx';

const RECENT = 5;

function greeting(now = new Date()): string {
  const h = now.getHours();
  return h < 12 ? 'Good morning' : h < 18 ? 'Good afternoon' : 'Good evening';
}

const longDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

function QuickActions() {
  return (
    <>
      <Link to="/conversations/new" className="button button-primary">
        Log a conversation
      </Link>
      <Link to="/people/new" className="button">
        Add a person
      </Link>
    </>
  );
}

export function HomePage() {
  const session = useSession();
  const recent = useRecentConversations(RECENT);
  const anyone = usePeopleSearch('', { limit: 1 });
  const firstName = session.member.name.split(/\s+/)[0];
  const hasPeople = (anyone.data?.pages[0]?.items.length ?? 0) > 0;
  const conversations = recent.data?.items ?? [];
  // A new firm sees the first steps instead (they carry the same actions).
  const onboarding = recent.isSuccess && conversations.length === 0;

  return (
    <>
      <PageHeader
        title={`${greeting()}, ${firstName}`}
        lead={<p>{onboarding ? 'Who have you been listening to? Write it down while their words are fresh.' : `${longDay.format(new Date())}: what needs you today.`}</p>}
        actions={onboarding ? null : <QuickActions />}
      />
      {recent.isPending || anyone.isPending ? (
        <Loading />
      ) : recent.isError ? (
        <LoadError error={recent.error} onRetry={() => void recent.refetch()} />
      ) : onboarding ? (
        <Onboarding hasPeople={hasPeople} />
      ) : (
        <>
          <TodayView />
          <section aria-labelledby="recent-title" className="section feed today-recent">
            <h2 id="recent-title">Recent conversations</h2>
            <ol className="timeline">
              {conversations.map((c) => (
                <li key={c.id}>
                  <ConversationCard conversation={c} />
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </>
  );
}
