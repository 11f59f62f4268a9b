/** Everyone the firm talks to: search on the server as you type, 50 at a time, "Load more" for the rest. */
import { Link, useNavigate } from '@tanstack/react-router';
import { usePeopleSearch } from '../../api/people.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { EmptyState, LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import { PersonList } from './PersonList.tsx';

export function PeoplePage({ q }: { q: string }) {
  const navigate = useNavigate();
  const people = usePeopleSearch(q);
  const items = people.data?.pages.flatMap((p) => p.items) ?? [];
  const more = people.hasNextPage;
  const status = people.isPending
    ? ''
    : q
      ? `${items.length}${more ? '+' : ''} ${items.length === 1 ? 'person matches' : 'people match'} “${q}”.`
      : `${items.length} ${items.length === 1 ? 'person' : 'people'}${more ? ' shown; more below.' : '.'}`;

  return (
    <>
      <PageHeader
        title="People"
        lead={<p>Your clients and the people around them.</p>}
        actions={
          <>
            <Link to="/import" search={{}} className="button">
              Import contacts
            </Link>
            <Link to="/people/new" className="button button-primary">
              Add a person
            </Link>
          </>
        }
      />
      <SearchBox
        id="people-search"
        label="Search people"
        value={q}
        placeholder="Name or email"
        onSearch={(next) => void navigate({ to: '/people', search: next ? { q: next } : {}, replace: true })}
      />
      <p className="list-status" role="status" aria-live="polite">
        {status}
      </p>
      {people.isPending ? (
        <Loading label="Loading people…" />
      ) : people.isError ? (
        <LoadError error={people.error} onRetry={() => void people.refetch()} />
      ) : items.length === 0 ? (
        q ? (
          <EmptyState title={`No one matches “${q}”`}>
            <p>Try part of a name or an email address, or add them as a new person.</p>
          </EmptyState>
        ) : (
          <EmptyState
            title="No people yet"
            actions={
              <Link to="/people/new" className="button button-primary">
                Add a person
              </Link>
            }
          >
            <p>Add a client you talk to. A name is enough to start; you can add their details later.</p>
          </EmptyState>
        )
      ) : (
        <>
          <PersonList people={items} busy={people.isFetching && !people.isFetchingNextPage} />
          <LoadMore hasMore={more} loading={people.isFetchingNextPage} onLoadMore={() => void people.fetchNextPage()} />
        </>
      )}
    </>
  );
}
