/** Follow-ups due: what exactly we said we would bring, oldest first, each with "Done" right there. */
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { messageOf } from '../../api/errors.ts';
import { useFollowUpAction } from '../../api/follow-ups.ts';
import type { Today } from '../../api/today.ts';
import { MetaParts, whoLinks } from './ItemLinks.tsx';
import { TodayItem, TodaySection } from './TodaySection.tsx';
import { dueSignal, dueText, formatDay } from './today-words.ts';

type FollowUp = Today['followUpsDue'][number];

export function FollowUpsDue({ items, total, showMember }: { items: FollowUp[]; total: number; showMember: boolean }) {
  const [status, setStatus] = useState('');
  return (
    <TodaySection
      id="today-follow-ups"
      title="Follow-ups due"
      total={total}
      shown={items.length}
      status={status}
      empty="Nothing due. Follow-ups you schedule after a conversation come back here on their day."
      more={<Link to="/follow-ups">All follow-ups</Link>}
    >
      {items.map((f) => (
        <FollowUpItem key={f.id} followUp={f} showMember={showMember} onDone={() => setStatus(`Marked done: ${f.content}`)} />
      ))}
    </TodaySection>
  );
}

function FollowUpItem({ followUp: f, showMember, onDone }: { followUp: FollowUp; showMember: boolean; onDone: () => void }) {
  const action = useFollowUpAction();
  return (
    <TodayItem
      title={f.content}
      signal={<span className={dueSignal(f.daysOverdue)}>{dueText(f.daysOverdue)}</span>}
      meta={
        <MetaParts
          parts={[
            whoLinks({ prefix: 'For', person: f.person, organization: f.organization }),
            `due ${formatDay(f.dueOn)}`,
            showMember && f.member ? f.member.name : null,
            f.conversationId ? (
              <Link to="/conversations/$conversationId" params={{ conversationId: f.conversationId }}>
                the conversation
              </Link>
            ) : null,
          ]}
        />
      }
      error={action.error ? <p className="field-error" role="alert">{messageOf(action.error)}</p> : null}
      actions={
        <button
          type="button"
          className="button button-small"
          disabled={action.isPending}
          onClick={() => action.mutate({ kind: 'done', id: f.id, version: f.version }, { onSuccess: onDone })}
        >
          {action.isPending ? 'Saving…' : 'Done'}
          <span className="sr-only">: {f.content}</span>
        </button>
      }
    />
  );
}
