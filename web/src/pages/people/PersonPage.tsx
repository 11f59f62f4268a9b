/** A person: how to reach them, where they work, how often to stay in touch, and their lifelong timeline, newest first. */
import { Link } from '@tanstack/react-router';
import { usePerson } from '../../api/people.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { Timeline } from '../../components/Timeline.tsx';
import { formatDate } from '../../lib/dates.ts';
import { StayInTouchLine } from './StayInTouchLine.tsx';
import { AddressRows, TitleAndBirthdayRows } from './PersonDetailRows.tsx';
import { RelationshipTabs } from '../relationship/RelationshipTabs.tsx';
import { EraseAction } from './erase/EraseAction.tsx';

export function PersonPage({ personId }: { personId: string }) {
  const person = usePerson(personId);
  if (person.isPending) return <Loading />;
  if (person.isError) return <LoadError error={person.error} onRetry={() => void person.refetch()} />;
  const p = person.data;
  const logLink = (
    <Link to="/conversations/new" search={{ personId }} className="button button-primary">
      Log a conversation
    </Link>
  );

  return (
    <>
      <PageHeader
        title={p.fullName}
        back={<Link to="/people">← People</Link>}
        lead={
          p.affiliations.length ? (
            <p>{p.affiliations.map((a) => (a.title ? `${a.title}, ${a.organizationName}` : a.organizationName)).join(' · ')}</p>
          ) : null
        }
        actions={
          <>
            {logLink}
            <Link to="/people/$personId/edit" params={{ personId }} className="button">
              Edit
            </Link>
          </>
        }
      />
      <div className="record-layout">
        <aside className="record-aside" aria-labelledby="details-title">
          <h2 id="details-title">Details</h2>
          <dl className="details">
            <TitleAndBirthdayRows person={p} />
            <dt>Email</dt>
            <dd>
              {p.emails.length ? (
                <ul className="plain">
                  {p.emails.map((email) => (
                    <li key={email}>
                      <a href={`mailto:${email}`}>{email}</a>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">None yet</span>
              )}
              <div>
                <Link to="/drafts/check" search={{ personId }}>
                  Check a draft to {p.fullName}
                </Link>
                {p.emails.length ? (
                  <>
                    {' · '}
                    <Link to="/people/$personId/email" params={{ personId }}>
                      Send an email
                    </Link>
                  </>
                ) : null}
              </div>
            </dd>
            <dt>Phone</dt>
            <dd>
              {p.phones.length ? (
                <ul className="plain">
                  {p.phones.map((phone) => (
                    <li key={phone}>
                      <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">None yet</span>
              )}
            </dd>
            <AddressRows addresses={p.addresses} />
            <dt>Organisations</dt>
            <dd>
              {p.affiliations.length ? (
                <ul className="plain">
                  {p.affiliations.map((a) => (
                    <li key={a.organizationId}>
                      <Link to="/organizations/$organizationId" params={{ organizationId: a.organizationId }}>
                        {a.organizationName}
                      </Link>
                      {a.title ? <span className="muted"> — {a.title}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">None yet</span>
              )}
            </dd>
            <dt>Stay in touch</dt>
            <dd>
              <StayInTouchLine person={p} />
            </dd>
            {p.notes ? (
              <>
                <dt>Notes</dt>
                <dd className="prewrap">{p.notes}</dd>
              </>
            ) : null}
            <dt>Added</dt>
            <dd>{formatDate(p.createdAt)}</dd>
          </dl>
          <EraseAction personId={personId} />
        </aside>
        <div className="record-main">
          <RelationshipTabs
            personId={personId}
            conversations={
              <section aria-labelledby="timeline-title">
                <h2 id="timeline-title">Conversations</h2>
                <Timeline
                  kind="person"
                  id={personId}
                  emptyText={`When you talk with ${p.fullName}, write down what they said — in their words.`}
                  emptyActions={logLink}
                />
              </section>
            }
          />
        </div>
      </div>
    </>
  );
}
