/** The organisations the firm's people belong to: search, page by page. */
import { Link, useNavigate } from '@tanstack/react-router';
import { useOrganizationsSearch } from '../../api/organizations.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { EmptyState, LoadError, LoadMore, Loading } from '../../components/Status.tsx';

export function OrganizationsPage({ q }: { q: string }) {
  const navigate = useNavigate();
  const orgs = useOrganizationsSearch(q);
  const items = orgs.data?.pages.flatMap((p) => p.items) ?? [];
  const more = orgs.hasNextPage;
  const status = orgs.isPending
    ? ''
    : q
      ? `${items.length}${more ? '+' : ''} ${items.length === 1 ? 'organisation matches' : 'organisations match'} “${q}”.`
      : `${items.length} ${items.length === 1 ? 'organisation' : 'organisations'}${more ? ' shown; more below.' : '.'}`;

  return (
    <>
      <PageHeader
        title="Organisations"
        lead={<p>Where your clients work: companies, partnerships, public bodies.</p>}
        actions={
          <Link to="/organizations/new" className="button button-primary">
            Add an organisation
          </Link>
        }
      />
      <SearchBox
        id="organizations-search"
        label="Search organisations"
        value={q}
        placeholder="Name"
        onSearch={(next) => void navigate({ to: '/organizations', search: next ? { q: next } : {}, replace: true })}
      />
      <p className="list-status" role="status" aria-live="polite">
        {status}
      </p>
      {orgs.isPending ? (
        <Loading label="Loading organisations…" />
      ) : orgs.isError ? (
        <LoadError error={orgs.error} onRetry={() => void orgs.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={q ? `No organisation matches “${q}”` : 'No organisations yet'}
          actions={
            q ? null : (
              <Link to="/organizations/new" className="button button-primary">
                Add an organisation
              </Link>
            )
          }
        >
          <p>{q ? 'Try part of the name.' : 'Add the organisations your clients belong to, or create them while adding a person.'}</p>
        </EmptyState>
      ) : (
        <>
          <ul className={`record-list${orgs.isFetching && !orgs.isFetchingNextPage ? ' busy' : ''}`}>
            {items.map((o) => (
              <li key={o.id}>
                <Link to="/organizations/$organizationId" params={{ organizationId: o.id }} className="record-link">
                  <span className="record-name">{o.name}</span>
                  <span className="record-detail">
                    {[o.industry, `${o.peopleCount} ${o.peopleCount === 1 ? 'person' : 'people'}`].filter(Boolean).join(' · ')}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <LoadMore hasMore={more} loading={orgs.isFetchingNextPage} onLoadMore={() => void orgs.fetchNextPage()} />
        </>
      )}
    </>
  );
}
