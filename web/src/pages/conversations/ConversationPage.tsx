/** One conversation: who, when, how, the notes facet by facet, and our summary; editable in place; "what I heard" to share. */
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useConversation, useDeleteConversation, useUpdateConversation } from '../../api/conversations.ts';
import { useSession } from '../../api/session.ts';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { DeleteSection } from '../../components/DeleteSection.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { channelLabels } from '../../lib/vocabulary.ts';
import { ConversationForm } from './ConversationForm.tsx';
import { CloseOutPanel } from './CloseOutPanel.tsx';
import { ConversationNotes } from './ConversationNotes.tsx';
import { CancelButton } from '../../components/CancelButton.tsx';
import { TranscriptSection } from './transcript/TranscriptSection.tsx';
import { SentEmailPanel } from '../email/SentEmailPanel.tsx';
import { RecapSharePanel } from '../sharing/RecapSharePanel.tsx';

export function ConversationPage({ conversationId }: { conversationId: string }) {
  const session = useSession();
  const conversation = useConversation(conversationId);
  const update = useUpdateConversation(conversationId);
  const remove = useDeleteConversation(conversationId);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  if (conversation.isPending) return <Loading />;
  if (conversation.isError) return <LoadError error={conversation.error} onRetry={() => void conversation.refetch()} />;
  const c = conversation.data;
  const names = c.people.map((p) => p.fullName).join(', ');
  const title = `${channelLabels[c.channel]}${names ? ` with ${names}` : ''}`;
  const firstPerson = c.people[0];

  if (editing) {
    return (
      <>
        <PageHeader title={`Edit: ${title}`} />
        <ConversationForm
          key={c.version}
          conversation={c}
          meId={session.member.id}
          onSubmit={(values) => update.mutate({ ...values, version: c.version }, { onSuccess: () => setEditing(false) })}
          pending={update.isPending}
          error={update.error}
          submitLabel="Save changes"
          notice={
            <ConflictNotice
              error={update.error}
              what="conversation"
              onReload={() => void conversation.refetch().then(() => update.reset())}
              reloading={conversation.isFetching}
            />
          }
          cancel={
            <CancelButton
              onCancel={() => {
                update.reset();
                setEditing(false);
              }}
            />
          }
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={title}
        back={
          firstPerson ? (
            <Link to="/people/$personId" params={{ personId: firstPerson.id }}>
              ← {firstPerson.fullName}
            </Link>
          ) : (
            <Link to="/">← Today</Link>
          )
        }
        lead={
          <p>
            <time dateTime={c.occurredAt}>{formatDateTime(c.occurredAt)}</time>
            {c.members.length ? ` · with ${c.members.map((m) => m.name).join(', ')} from our side` : ''}
          </p>
        }
        actions={
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
        }
      />
      {c.people.length > 1 ? (
        <p className="people-line">
          With{' '}
          {c.people.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? ', ' : ''}
              <Link to="/people/$personId" params={{ personId: p.id }}>
                {p.fullName}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <SentEmailPanel conversationId={c.id} />
      <ConversationNotes conversation={c} onEdit={() => setEditing(true)} />
      <CloseOutPanel conversation={c} />
      <RecapSharePanel conversation={c} />
      <TranscriptSection conversation={c} />
      <DeleteSection
        title="Delete this conversation"
        explanation="Removes the conversation and its notes from every timeline. This cannot be undone."
        confirmLabel="Yes, delete it"
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => void navigate(firstPerson ? { to: '/people/$personId', params: { personId: firstPerson.id } } : { to: '/' }),
          })
        }
        pending={remove.isPending}
        error={remove.error}
      />
    </>
  );
}
