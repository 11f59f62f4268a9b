/** Open loops: recent conversations without a close-out, newest first, each one click from closing it. */
import { Link } from '@tanstack/react-router';
import type { Today } from '../../api/today.ts';
import { formatDateTime, relativeTime } from '../../lib/dates.ts';
import { channelLabels } from '../../lib/vocabulary.ts';
import { practiceLimits } from '../../../../src/common/practices.ts';
import { MetaParts } from './ItemLinks.tsx';
import { TodayItem, TodaySection } from './TodaySection.tsx';

type Loop = Today['openLoops'][number];

/** "Phone call with Maya Okafor, Ben Adeyemi". */
const titleOf = (l: Loop) => `${channelLabels[l.channel]}${l.people.length ? ` with ${l.people.map((p) => p.fullName).join(', ')}` : ''}`;

export function OpenLoops({ items, total }: { items: Loop[]; total: number }) {
  return (
    <TodaySection
      id="today-open-loops"
      title="Open loops"
      total={total}
      shown={items.length}
      empty={`Every conversation of the last ${practiceLimits.openLoopDays} days is closed out.`}
    >
      {items.map((l) => (
        <TodayItem
          key={l.conversationId}
          title={
            <Link to="/conversations/$conversationId" params={{ conversationId: l.conversationId }}>
              {titleOf(l)}
            </Link>
          }
          meta={
            <MetaParts
              parts={[
                <time dateTime={l.occurredAt} title={formatDateTime(l.occurredAt)}>
                  {relativeTime(l.occurredAt)}
                </time>,
                l.summary,
              ]}
            />
          }
          actions={
            <Link to="/conversations/$conversationId" params={{ conversationId: l.conversationId }} hash="close-out" className="button button-small">
              Close the loop<span className="sr-only">: {titleOf(l)}</span>
            </Link>
          }
        />
      ))}
    </TodaySection>
  );
}
