/** An organisation: what we know of it, its people, and the conversations with them, newest first. */
import { Link } from '@tanstack/react-router';
import { useOrganization } from '../../api/organizations.ts';
import { usePeopleSearch } from '../../api/people.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import { Timeline } from '../../components/Timeline.tsx';
import { RelationshipTabs } from '../relationship/RelationshipTabs.tsx';

function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

export function OrganizationPage({ organizationId }: { organizationId: string }) {
  const org = useOrganization(organizationId);
  const people = usePeopleSearch('', { organizationId, limit: 20 });
  if (org.isPending) return <Loading />;
  if (org.isError) return <LoadError error={org.error} onRetry={() => void org.refetch()} />;
  const o = org.data;
  const members = people.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title={o.name}
        back={<Link to="/organizations">← Organisations</Link>}
        lead={o.industry ? <p>{o.industry}</p> : null}
        actions={
          <Link to="/organizations/$organizationId/edit" params={{ organizationId }} className="button">
            Edit
          </Link>
        }
      />
      <div className="record-layout">
        <aside className="record-aside">
          <section aria-labelledby="org-details-title">
            <h2 id="org-details-title">Details</h2>
            <dl className="details">
              <dt>Website</dt>
              <dd>
                {o.website ? (
                  <a href={websiteHref(o.website)} rel="noopener noreferrer" target="_blank">
                    {o.website}
                  </a>
                ) : (
                  <span className="muted">None yet</span>
                )}
              </dd>
              {o.notes ? (
                <>
                  <dt>Notes</dt>
                  <dd className="prewrap">{o.notes}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <section aria-labelledby="org-people-title" className="aside-section">
            <h2 id="org-people-title">
              People <span className="count">{o.peopleCount}</span>
            </h2>
            {people.isPending ? (
              <Loading label="Loading people…" />
            ) : people.isError ? (
              <LoadError error={people.error} onRetry={() => void people.refetch()} />
            ) : members.length === 0 ? (
              <p className="muted">No one yet. Add the organisation to a person’s record to see them here.</p>
            ) : (
              <ul className="plain people-mini">
                {members.map((p) => {
                  const title = p.affiliations.find((a) => a.organizationId === organizationId)?.title;
                  return (
                    <li key={p.id}>
                      <Link to="/people/$personId" params={{ personId: p.id }}>
                        {p.fullName}
                      </Link>
                      {title ? <span className="muted"> — {title}</span> : null}
                    </li>
                  );
                })}
              </ul>
            )}
            <LoadMore hasMore={people.hasNextPage} loading={people.isFetchingNextPage} onLoadMore={() => void people.fetchNextPage()} />
          </section>
        </aside>
        <div className="record-main">
          <RelationshipTabs
            organizationId={organizationId}
            conversations={
              <section aria-labelledby="timeline-title">
                <h2 id="timeline-title">Conversations</h2>
                <Timeline kind="organization" id={organizationId} emptyText={`Conversations with ${o.name}’s people will appear here.`} />
              </section>
            }
          />
        </div>
      </div>
    </>
  );
}
