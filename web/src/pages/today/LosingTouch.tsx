/** People losing touch: no conversation within their cadence, longest overdue first, one click from logging one. */
import { Link } from '@tanstack/react-router';
import type { Today } from '../../api/today.ts';
import { daysAgo, everyDays } from '../people/cadence.ts';
import { MetaParts } from './ItemLinks.tsx';
import { TodayItem, TodaySection } from './TodaySection.tsx';
import { days } from './today-words.ts';

type Drifting = Today['losingTouch'][number];

export function LosingTouch({ items, total }: { items: Drifting[]; total: number }) {
  return (
    <TodaySection
      id="today-losing-touch"
      title="Losing touch"
      total={total}
      shown={items.length}
      empty="No one is losing touch. Set a stay-in-touch cadence on a person to be reminded here when it lapses."
    >
      {items.map((l) => (
        <TodayItem
          key={l.person.id}
          title={
            <Link to="/people/$personId" params={{ personId: l.person.id }}>
              {l.person.fullName}
            </Link>
          }
          signal={<span className="signal signal-late">{days(l.overdueDays)} overdue</span>}
          meta={
            <MetaParts
              parts={[
                l.daysSinceLastConversation === null ? 'No conversation yet' : `Last conversation ${daysAgo(l.daysSinceLastConversation)}`,
                `stay in touch ${everyDays(l.everyDays)}`,
              ]}
            />
          }
          actions={
            <Link to="/conversations/new" search={{ personId: l.person.id }} className="button button-small">
              Log a conversation<span className="sr-only"> with {l.person.fullName}</span>
            </Link>
          }
        />
      ))}
    </TodaySection>
  );
}
