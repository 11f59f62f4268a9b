/** Rows of gifts: kind, title, for whom, when given, and the client's response. */
import { Link } from '@tanstack/react-router';
import type { Gift } from '../../api/gifts.ts';
import { formatDay } from '../../lib/days.ts';
import { giftKindLabels } from './gift-vocabulary.ts';
import { GiftResponseBadge } from './GiftResponseBadge.tsx';

/** Whom a gift was for, in a few words. */
export function recipientOf(g: Pick<Gift, 'person' | 'organization'>): string {
  return [g.person?.fullName, g.organization?.name].filter(Boolean).join(', ');
}

export function GiftList({ gifts, hideRecipient }: { gifts: Gift[]; hideRecipient?: boolean }) {
  return (
    <ul className="record-list">
      {gifts.map((g) => (
        <li key={g.id}>
          <Link to="/gifts/$giftId" params={{ giftId: g.id }} className="record-link with-badge">
            <span className="record-name">{g.title}</span>
            <span className="record-detail">
              {giftKindLabels[g.kind]}
              {hideRecipient || !recipientOf(g) ? '' : ` · for ${recipientOf(g)}`} · {formatDay(g.givenOn)}
            </span>
            <GiftResponseBadge response={g.response} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
