/** The records whose text still names an erased (or to-be-erased) person, each linking to where to edit it. */
import { Link } from '@tanstack/react-router';
import type { ReviewItem } from '../../../api/erasure.ts';

const kindLabels: Record<ReviewItem['kind'], string> = {
  conversation_note: 'Conversation',
  transcript: 'Transcript',
  need: 'Need',
  commitment: 'Commitment',
  follow_up: 'Follow-up',
  gift: 'Gift',
  referral: 'Referral',
  incident: 'Incident',
  organization: 'Organisation',
  person: 'Another person’s notes',
  provider: 'Provider',
};

/** Where the record is edited (a transcript and a close-out live on their conversation's page). */
function RecordLink({ item }: { item: ReviewItem }) {
  const text = item.label || kindLabels[item.kind];
  switch (item.kind) {
    case 'conversation_note':
    case 'transcript':
      return (
        <Link to="/conversations/$conversationId" params={{ conversationId: item.conversationId ?? item.id }}>
          {text}
        </Link>
      );
    case 'need':
      return <Link to="/needs/$needId" params={{ needId: item.id }}>{text}</Link>;
    case 'commitment':
      return <Link to="/commitments/$commitmentId" params={{ commitmentId: item.id }}>{text}</Link>;
    case 'follow_up':
      return <Link to="/follow-ups">{text}</Link>;
    case 'gift':
      return <Link to="/gifts/$giftId" params={{ giftId: item.id }}>{text}</Link>;
    case 'referral':
      return <Link to="/referrals/$referralId" params={{ referralId: item.id }}>{text}</Link>;
    case 'incident':
      return <Link to="/incidents/$incidentId" params={{ incidentId: item.id }}>{text}</Link>;
    case 'organization':
      return <Link to="/organizations/$organizationId" params={{ organizationId: item.id }}>{text}</Link>;
    case 'person':
      return <Link to="/people/$personId" params={{ personId: item.id }}>{text}</Link>;
    case 'provider':
      return <Link to="/providers/$providerId" params={{ providerId: item.id }}>{text}</Link>;
  }
}

/** The excerpt with the matched name marked. */
function Excerpt({ item }: { item: ReviewItem }) {
  const end = item.matchStart + item.matchLength;
  return (
    <p className="erasure-excerpt">
      {item.excerpt.slice(0, item.matchStart)}
      <mark>{item.excerpt.slice(item.matchStart, end)}</mark>
      {item.excerpt.slice(end)}
    </p>
  );
}

interface Props {
  items: ReviewItem[];
  complete: boolean;
  /** Shown when nothing names them. */
  emptyText: string;
}

export function ReviewList({ items, complete, emptyText }: Props) {
  if (items.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <>
      <ul className="record-list erasure-review">
        {items.map((item) => (
          <li key={`${item.kind}:${item.id}`} className="record-row">
            <p className="record-name">
              <span className="erasure-kind">{kindLabels[item.kind]}: </span>
              <RecordLink item={item} />
            </p>
            <p className="record-detail">Found in {item.fields.join(', ')}</p>
            <Excerpt item={item} />
          </li>
        ))}
      </ul>
      {complete ? null : (
        <p className="hint">Some kinds of record name them too often to list in full. Edit these, then look again.</p>
      )}
    </>
  );
}
