/** Open incidents, oldest first, each one click from its next step (acknowledge first of all). */
import { Link } from '@tanstack/react-router';
import type { Today } from '../../api/today.ts';
import { formatDateTime, relativeTime } from '../../lib/dates.ts';
import { MetaParts, whoLinks } from './ItemLinks.tsx';
import { TodayItem, TodaySection } from './TodaySection.tsx';
import { nextStepLabels } from './today-words.ts';

type Incident = Today['openIncidents'][number];

export function OpenIncidents({ items, total }: { items: Incident[]; total: number }) {
  return (
    <TodaySection
      id="today-incidents"
      title="Open incidents"
      total={total}
      shown={items.length}
      empty="No open incidents."
      more={<Link to="/incidents">All incidents</Link>}
    >
      {items.map((i) => (
        <TodayItem
          key={i.id}
          title={i.title}
          signal={i.nextStep === 'acknowledge' ? <span className="signal signal-late">Not yet acknowledged</span> : null}
          meta={
            <MetaParts
              parts={[
                whoLinks({ person: i.person, organization: i.organization }),
                <time dateTime={i.reportedAt} title={formatDateTime(i.reportedAt)}>
                  reported {relativeTime(i.reportedAt)}
                </time>,
              ]}
            />
          }
          actions={
            <Link to="/incidents/$incidentId" params={{ incidentId: i.id }} className="button button-small">
              {nextStepLabels[i.nextStep]}
              <span className="sr-only">: {i.title}</span>
            </Link>
          }
        />
      ))}
    </TodaySection>
  );
}
