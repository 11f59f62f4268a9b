/**
 * One incident: what happened, the time to acknowledge shown large, and the four steps as a vertical
 * timeline — done ones with their moment and text, the next one as a form, later ones waiting. "Edit
 * details" turns the report (title, what happened, when) into a form in place.
 */
import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useIncident, type Incident } from '../../api/incidents.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { formatDateTime, relativeTime } from '../../lib/dates.ts';
import '../../styles/incidents.css';
import { StandingBadge } from '../commitments/Badges.tsx';
import { durationText, formatDay } from '../../lib/days.ts';
import { incidentStepLabels } from './incident-words.ts';
import { EditIncidentForm } from './EditIncidentForm.tsx';
import { StepForm } from './StepForm.tsx';

function AcknowledgeClock({ incident: i }: { incident: Incident }) {
  if (i.minutesToAcknowledge !== null) {
    return (
      <p className="ack-clock ack-done">
        <span className="ack-figure">Acknowledged in {durationText(i.minutesToAcknowledge)}</span>
        <span className="ack-detail">from the report to our first message</span>
      </p>
    );
  }
  return (
    <p className="ack-clock ack-waiting" role="status">
      <span className="ack-figure">Not acknowledged yet</span>
      <span className="ack-detail">Reported {relativeTime(i.reportedAt)}. Tell the client you know and are on it — before anything else.</span>
    </p>
  );
}

function PreventionCommitment({ commitment: c }: { commitment: NonNullable<Incident['preventionCommitment']> }) {
  return (
    <p className="step-commitment">
      Our commitment:{' '}
      <Link to="/commitments/$commitmentId" params={{ commitmentId: c.id }}>
        in place by {formatDay(c.dueOn)}
      </Link>{' '}
      <StandingBadge standing={c.standing} />
    </p>
  );
}

/** `editor`, when given, takes the place of the report (the first step). */
function StepTimeline({ incident: i, editor }: { incident: Incident; editor: ReactNode }) {
  const nextIndex = i.steps.findIndex((s) => s.at === null);
  return (
    <ol className="incident-timeline">
      <li className="timeline-step tl-done">
        {editor ?? (
          <>
            <h3>Reported</h3>
            <p className="step-when">
              <time dateTime={i.reportedAt}>{formatDateTime(i.reportedAt)}</time>
            </p>
            <p className="prewrap">{i.whatHappened}</p>
          </>
        )}
      </li>
      {i.steps.map((s, index) => {
        const state = s.at ? 'done' : index === nextIndex ? 'next' : 'waiting';
        return (
          <li key={s.step} className={`timeline-step tl-${state}`} aria-current={state === 'next' ? 'step' : undefined}>
            {state === 'next' && i.nextStep ? (
              <StepForm incident={i} action={i.nextStep} />
            ) : (
              <>
                <h3>
                  {incidentStepLabels[s.step].label}
                  {state === 'waiting' ? <span className="muted"> — not yet</span> : null}
                </h3>
                {s.at ? (
                  <>
                    <p className="step-when">
                      <time dateTime={s.at}>{formatDateTime(s.at)}</time>
                    </p>
                    <p className="prewrap">{s.text}</p>
                    {s.step === 'prevention' && i.preventionCommitment ? <PreventionCommitment commitment={i.preventionCommitment} /> : null}
                  </>
                ) : (
                  <p className="muted">{incidentStepLabels[s.step].prompt}</p>
                )}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function IncidentPage({ incidentId }: { incidentId: string }) {
  const query = useIncident(incidentId);
  const [editing, setEditing] = useState(false);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const i = query.data;
  return (
    <>
      <PageHeader
        title={i.title}
        back={<Link to="/incidents">← Incidents</Link>}
        lead={
          <p>
            {i.person ? (
              <Link to="/people/$personId" params={{ personId: i.person.id }}>
                {i.person.fullName}
              </Link>
            ) : null}
            {i.person && i.organization ? ', ' : null}
            {i.organization ? (
              <Link to="/organizations/$organizationId" params={{ organizationId: i.organization.id }}>
                {i.organization.name}
              </Link>
            ) : null}
            {i.need ? (
              <>
                {' · '}
                <Link to="/needs/$needId" params={{ needId: i.need.id }}>
                  {i.need.title}
                </Link>
              </>
            ) : null}
            {i.status === 'resolved' ? ' · Resolved: the fix held' : ''}
          </p>
        }
        actions={
          editing ? null : (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit details
            </button>
          )
        }
      />
      <AcknowledgeClock incident={i} />
      <section aria-labelledby="response-title" className="incident-response">
        <h2 id="response-title">The response, step by step</h2>
        <StepTimeline
          incident={i}
          editor={
            editing ? (
              <EditIncidentForm key={i.version} incident={i} onDone={() => setEditing(false)} onReload={() => query.refetch()} reloading={query.isFetching} />
            ) : null
          }
        />
      </section>
    </>
  );
}
