/** How fast we acknowledge incidents: the median time, out of how many, and how many are still waiting. */
import { Link } from '@tanstack/react-router';
import type { Reliability } from '../../api/reliability.ts';
import { durationText } from '../../lib/days.ts';

export function IncidentFigure({ incidents: i, windowText, scope }: { incidents: Reliability['incidents']; windowText: string; scope: { personId?: string; organizationId?: string } }) {
  return (
    <section className="reliability-section figure-set" aria-labelledby="incidents-figure-title">
      <h2 id="incidents-figure-title">Incidents: time to acknowledge</h2>
      <p className="figure-sentence">
        {i.medianMinutesToAcknowledge === null ? (
          <>No incident acknowledged in {windowText}.</>
        ) : (
          <>
            <strong>Median time to acknowledge: {durationText(i.medianMinutesToAcknowledge)}</strong>, over {i.acknowledged} of {i.reported}{' '}
            {i.reported === 1 ? 'incident' : 'incidents'} reported in {windowText}.
          </>
        )}{' '}
        {i.stillUnacknowledged > 0 ? (
          <strong className="figure-warning">
            {i.stillUnacknowledged} {i.stillUnacknowledged === 1 ? 'is' : 'are'} still waiting for an acknowledgement.
          </strong>
        ) : (
          'None is waiting for an acknowledgement.'
        )}{' '}
        <Link to="/incidents" search={scope}>
          See the incidents
        </Link>
      </p>
    </section>
  );
}
