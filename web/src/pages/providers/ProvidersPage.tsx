/** The provider directory: other firms and people we may refer clients to, searchable by name or what they do. */
import { Link, useNavigate } from '@tanstack/react-router';
import { useProviders } from '../../api/providers.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { EmptyState, LoadError, LoadMore, Loading } from '../../components/Status.tsx';
import { providerKindLabels } from './provider-vocabulary.ts';
import '../../styles/helping.css';

export function ProvidersPage({ q }: { q: string }) {
  const navigate = useNavigate();
  const providers = useProviders(q);
  const items = providers.data?.pages.flatMap((p) => p.items) ?? [];
  const addLink = (
    <Link to="/providers/new" className="button button-primary">
      Add a provider
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Providers"
        lead={<p>Firms and people who may fit a client better than you do — competitors included. Referring is help given.</p>}
        actions={
          <>
            {addLink}
            <Link to="/referrals" className="button">
              Referrals
            </Link>
          </>
        }
      />
      <SearchBox
        id="providers-search"
        label="Search providers"
        value={q}
        placeholder="A name, or what they do"
        onSearch={(next) => void navigate({ to: '/providers', search: next ? { q: next } : {}, replace: true })}
      />
      {providers.isPending ? (
        <Loading label="Loading providers…" />
      ) : providers.isError ? (
        <LoadError error={providers.error} onRetry={() => void providers.refetch()} />
      ) : items.length === 0 ? (
        q ? (
          <EmptyState title={`No provider matches “${q}”`}>
            <p>Try part of a name or of what they do, or add them.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No providers yet" actions={addLink}>
            <p>When a client needs something others do better, you will want to know who to send them to. Start with two or three names.</p>
          </EmptyState>
        )
      ) : (
        <>
          <ul className={`record-list${providers.isFetching && !providers.isFetchingNextPage ? ' busy' : ''}`}>
            {items.map((p) => (
              <li key={p.id}>
                <Link to="/providers/$providerId" params={{ providerId: p.id }} className="record-link with-badge">
                  <span className="record-name">{p.name}</span>
                  <span className="record-detail">
                    {providerKindLabels[p.kind]} · {p.goodAt}
                  </span>
                  {p.referralsOut ? <span className="badge badge-help">{p.referralsOut} referred</span> : null}
                </Link>
              </li>
            ))}
          </ul>
          <LoadMore hasMore={providers.hasNextPage} loading={providers.isFetchingNextPage} onLoadMore={() => void providers.fetchNextPage()} />
        </>
      )}
    </>
  );
}
