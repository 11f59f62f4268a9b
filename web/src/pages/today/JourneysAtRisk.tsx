/** Journeys at risk or stalled: the open step past the client's own date is the evidence, most overdue first. */
import { Link } from '@tanstack/react-router';
import type { Today } from '../../api/today.ts';
import { journeyHealthLabels } from '../../../../src/common/practices.ts';
import { MetaParts, whoLinks } from './ItemLinks.tsx';
import { TodayItem, TodaySection } from './TodaySection.tsx';
import { days, formatDay } from './today-words.ts';

type Journey = Today['journeysAtRisk'][number];

export function JourneysAtRisk({ items, total }: { items: Journey[]; total: number }) {
  return (
    <TodaySection
      id="today-journeys"
      title="Journeys at risk"
      total={total}
      shown={items.length}
      empty="Every open journey is on track."
      more={<Link to="/needs">All needs</Link>}
    >
      {items.map((j) => (
        <TodayItem
          key={j.needId}
          title={
            <Link to="/needs/$needId" params={{ needId: j.needId }}>
              {j.title}
            </Link>
          }
          signal={<span className={`signal ${j.health === 'stalled' ? 'signal-late' : 'signal-today'}`}>{journeyHealthLabels[j.health]}</span>}
          meta={
            <MetaParts
              parts={[
                `“${j.step.title}” is ${days(j.daysOverdue)} past the client’s date (${formatDay(j.step.targetOn)})`,
                whoLinks({ organization: j.organization }),
              ]}
            />
          }
          actions={
            <Link to="/needs/$needId" params={{ needId: j.needId }} className="button button-small">
              See the journey<span className="sr-only">: {j.title}</span>
            </Link>
          }
        />
      ))}
    </TodaySection>
  );
}
