/** Commitments due, ours and theirs, overdue first and a week ahead, each with "Kept" right there. */
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { messageOf } from '../../api/errors.ts';
import { useCommitmentAction } from '../../api/commitments.ts';
import type { Today } from '../../api/today.ts';
import { commitmentSideLabels } from '../../../../src/common/practices.ts';
import { MetaParts, whoLinks } from './ItemLinks.tsx';
import { TodayItem, TodaySection } from './TodaySection.tsx';
import { dueSignal, dueText, formatDay } from './today-words.ts';

type Commitment = Today['commitmentsDue'][number];

export function CommitmentsDue({ items, total, showMember }: { items: Commitment[]; total: number; showMember: boolean }) {
  const [status, setStatus] = useState('');
  return (
    <TodaySection
      id="today-commitments"
      title="Commitments due"
      total={total}
      shown={items.length}
      status={status}
      empty="No promises due this week, either way."
      more={<Link to="/commitments">All commitments</Link>}
    >
      {items.map((c) => (
        <CommitmentItem key={c.id} commitment={c} showMember={showMember} onKept={() => setStatus(`Marked kept: ${c.description}`)} />
      ))}
    </TodaySection>
  );
}

function CommitmentItem({ commitment: c, showMember, onKept }: { commitment: Commitment; showMember: boolean; onKept: () => void }) {
  const keep = useCommitmentAction(c.id);
  return (
    <TodayItem
      title={
        <Link to="/commitments/$commitmentId" params={{ commitmentId: c.id }}>
          {c.description}
        </Link>
      }
      signal={<span className={dueSignal(c.daysOverdue)}>{dueText(c.daysOverdue)}</span>}
      meta={
        <MetaParts
          parts={[
            commitmentSideLabels[c.side],
            whoLinks({ prefix: c.side === 'us' ? 'to' : 'by', person: c.person, organization: c.organization }),
            `due ${formatDay(c.dueOn)}`,
            c.need ? (
              <Link to="/needs/$needId" params={{ needId: c.need.id }}>
                {c.need.title}
              </Link>
            ) : null,
            showMember && c.member ? c.member.name : null,
          ]}
        />
      }
      error={keep.error ? <p className="field-error" role="alert">{messageOf(keep.error)}</p> : null}
      actions={
        <button type="button" className="button button-small" disabled={keep.isPending} onClick={() => keep.mutate({ action: 'keep', body: {} }, { onSuccess: onKept })}>
          {keep.isPending ? 'Saving…' : 'Kept'}
          <span className="sr-only">: {c.description}</span>
        </button>
      }
    />
  );
}
