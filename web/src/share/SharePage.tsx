/**
 * The client's page at /s/{token}: loads what was shared with this person once, then shows it — the plan
 * for their decision or "what I heard" — under the firm's name, with the trust check-in when offered.
 * Acts patch the loaded page; a dead link at any point turns the page into the "link gone" screen.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/errors.ts';
import { loadPage, tokenFromLocation, type SharedPage as Page } from './api.ts';
import { CheckInCard } from './CheckInCard.tsx';
import { CommentsSection } from './CommentsSection.tsx';
import { CommitmentsSection } from './CommitmentsSection.tsx';
import { firmOf, LinkProblem } from './LinkProblem.tsx';
import { PageProvider, type PageContext } from './page-context.tsx';
import { PlanSection } from './PlanSection.tsx';
import { RecapSection } from './RecapSection.tsx';
import { StatementSection } from './StatementSection.tsx';
import { formatMoment } from './words.ts';

type Load = { state: 'loading' } | { state: 'ready'; page: Page } | { state: 'failed'; error: ApiError };

const notFound = new ApiError(404, 'not_found', 'This link does not work.');
const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'unexpected', 'Something went wrong. Please try again.'));

function Masthead({ firmName }: { firmName: string | null }) {
  return (
    <header className="sp-masthead">
      <div className="sp-masthead-inner">
        <p className="sp-firm">{firmName ?? 'Private page'}</p>
        {firmName ? (
          <p className="sp-private">
            <span className="sp-lock" aria-hidden="true" />
            Private page
          </p>
        ) : null}
      </div>
    </header>
  );
}

function Intro({ page }: { page: Page }) {
  const title = page.kind === 'need' && page.need ? page.need.title : 'What I heard';
  useEffect(() => {
    document.title = `${title} · ${page.firm.name}`;
  }, [title, page.firm.name]);
  return (
    <div className="sp-intro">
      <h1>{title}</h1>
      <p className="sp-from">
        Shared with you by {page.from ? `${page.from.name} at ${page.firm.name}` : page.firm.name}
      </p>
      <dl className="sp-facts">
        <div>
          <dt>For</dt>
          <dd>{page.person.fullName}</dd>
        </div>
        <div>
          <dt>Private</dt>
          <dd>This page is for you only — works until {formatMoment(page.expiresAt)}</dd>
        </div>
      </dl>
    </div>
  );
}

function Content({ page }: { page: Page }) {
  const need = page.kind === 'need' ? page.need : undefined;
  return (
    <>
      <Intro page={page} />
      {need?.closed ? (
        <p className="sp-notice sp-closed-note">
          This decision has been made, so the plan is here for you to read. You can still leave a comment.
        </p>
      ) : null}
      {need ? (
        <>
          <StatementSection statement={need.problemStatement} closed={need.closed} />
          <PlanSection need={need} comments={page.comments} />
          <CommitmentsSection commitments={need.commitments} />
          <CommentsSection comments={page.comments} steps={need.steps} />
        </>
      ) : null}
      {page.kind === 'recap' && page.recap ? <RecapSection recap={page.recap} /> : null}
      {page.checkIn.offered ? <CheckInCard firmName={page.firm.name} fromName={page.from?.name ?? null} /> : null}
    </>
  );
}

export function SharePage() {
  const [token] = useState(() => tokenFromLocation());
  const [load, setLoad] = useState<Load>(() => (token ? { state: 'loading' } : { state: 'failed', error: notFound }));

  const fetchPage = useCallback(async () => {
    if (!token) return;
    try {
      const page = await loadPage(token);
      setLoad({ state: 'ready', page });
    } catch (e) {
      setLoad({ state: 'failed', error: asApiError(e) });
    }
  }, [token]);

  useEffect(() => {
    void fetchPage();
  }, [fetchPage]);

  const patch = useCallback((change: (page: Page) => Page) => setLoad((l) => (l.state === 'ready' ? { ...l, page: change(l.page) } : l)), []);
  const lost = useCallback((error: ApiError) => setLoad({ state: 'failed', error }), []);
  const retry = () => {
    setLoad({ state: 'loading' });
    void fetchPage();
  };

  const firmName = load.state === 'ready' ? load.page.firm.name : load.state === 'failed' ? firmOf(load.error) : null;
  const context: PageContext | null = load.state === 'ready' && token ? { token, page: load.page, patch, reload: fetchPage, lost } : null;

  return (
    <>
      <Masthead firmName={firmName} />
      <main className="sp-main" id="main">
        {load.state === 'loading' ? (
          <p className="sp-loading" role="status" aria-live="polite">
            <span className="sp-spinner" aria-hidden="true" />
            Opening your page…
          </p>
        ) : load.state === 'failed' ? (
          <LinkProblem error={load.error} onRetry={retry} />
        ) : context ? (
          <PageProvider value={context}>
            <Content page={load.page} />
          </PageProvider>
        ) : null}
      </main>
      {load.state === 'ready' ? (
        <footer className="sp-footer">
          <p>Anyone with this page’s address can open it, so please keep it to yourself. If something looks wrong, tell the person who sent it.</p>
        </footer>
      ) : null}
    </>
  );
}
