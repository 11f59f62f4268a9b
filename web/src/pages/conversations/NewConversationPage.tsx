/** Log a conversation; ?personId= preselects who it was with (e.g. from their page). */
import { Link, useNavigate } from '@tanstack/react-router';
import { useCreateConversation } from '../../api/conversations.ts';
import { usePerson } from '../../api/people.ts';
import { useSession } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading } from '../../components/Status.tsx';
import { ConversationForm } from './ConversationForm.tsx';

export function NewConversationPage({ personId }: { personId?: string }) {
  const session = useSession();
  const create = useCreateConversation();
  const navigate = useNavigate();
  const person = usePerson(personId ?? '');
  const preselecting = Boolean(personId);
  if (preselecting && person.isPending) return <Loading />;
  const initialPeople = preselecting && person.data ? [{ id: person.data.id, name: person.data.fullName }] : [];
  const back = personId && person.data ? { to: '/people/$personId' as const, params: { personId } } : null;

  return (
    <>
      <PageHeader
        title="Log a conversation"
        back={
          back ? (
            <Link to={back.to} params={back.params}>
              ← {person.data!.fullName}
            </Link>
          ) : null
        }
        lead={<p>Write it down while it is fresh: what they said, how they see things, what matters to them.</p>}
      />
      <ConversationForm
        initialPeople={initialPeople}
        meId={session.member.id}
        onSubmit={(values) =>
          create.mutate(values, {
            // To the conversation, where the close-out panel invites the next trust-creating act.
            onSuccess: (c) => void navigate({ to: '/conversations/$conversationId', params: { conversationId: c.id }, hash: 'close-out' }),
          })
        }
        pending={create.isPending}
        error={create.error}
        submitLabel="Save conversation"
        cancel={
          back ? (
            <Link to={back.to} params={back.params} className="button button-quiet">
              Cancel
            </Link>
          ) : (
            <Link to="/" className="button button-quiet">
              Cancel
            </Link>
          )
        }
      />
    </>
  );
}
