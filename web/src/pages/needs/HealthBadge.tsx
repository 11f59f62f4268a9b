/** A journey's health (never colour alone: the words say it) and the evidence behind it. */
import type { NeedSummary } from '../../api/needs.ts';
import { daysText } from '../../lib/days.ts';
import { journeyHealthLabels, needOutcomeLabels } from './vocabulary.ts';

type Detail = NonNullable<NeedSummary['journeyHealthDetail']>;

/** “Board approves budget” is 3 days past the client’s date. */
export function healthEvidence(detail: Detail): string {
  return `“${detail.title}” is ${daysText(detail.daysOverdue)} past the client’s date`;
}

/** The health of an open need, or the outcome of a closed one. */
export function HealthBadge({ need }: { need: Pick<NeedSummary, 'journeyHealth' | 'outcome'> }) {
  if (need.outcome) return <span className="need-badge need-badge-closed">{needOutcomeLabels[need.outcome.outcome].label}</span>;
  if (!need.journeyHealth) return null;
  return <span className={`need-badge health-${need.journeyHealth}`}>{journeyHealthLabels[need.journeyHealth]}</span>;
}
