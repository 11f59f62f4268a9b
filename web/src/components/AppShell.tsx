/**
 * The frame of the logged-in app: a skip link, the header (brand, navigation, the member and log-out),
 * and <main>. Below 820px the navigation folds into a "Menu" button. On each new page, focus moves to
 * the page's heading so screen-reader users hear where they are. "Inbox", with the count of unread things
 * clients did (polled), sits in the header — beside "Log a conversation", and on phones beside "Menu", so the
 * count shows with the menu folded.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useUnreadCount } from '../api/notifications.ts';
import { sessionQuery, useLogout } from '../api/session.ts';
import { Logo } from './Logo.tsx';
import { Loading } from './Status.tsx';
import '../styles/client-acts.css';

const navItems = [
  { to: '/', label: 'Today', exact: true },
  { to: '/people', label: 'People', exact: false },
  { to: '/organizations', label: 'Organisations', exact: false },
  { to: '/needs', label: 'Needs', exact: false },
  { to: '/follow-ups', label: 'Follow-ups', exact: false },
  { to: '/commitments', label: 'Commitments', exact: false },
  { to: '/gifts', label: 'Gifts', exact: false },
  { to: '/providers', label: 'Providers', exact: false },
  { to: '/incidents', label: 'Incidents', exact: false },
  { to: '/reliability', label: 'Reliability', exact: false },
  { to: '/team', label: 'Team', exact: false },
  { to: '/drafts/check', label: 'Draft check', exact: false },
] as const;

/** "Inbox, 3 unread" for screen readers; the badge itself is only seen. */
const inboxName = (unread: number) => (unread > 0 ? `Inbox, ${unread} unread` : 'Inbox');

function TrayIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <path d="M3 13h5l1.5 2.5h5L16 13h5" />
      <path d="M5.5 5h13L21 13v5a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-5z" />
    </svg>
  );
}

/** "3" beside "Inbox"; nothing when all is read. */
function UnreadBadge({ unread }: { unread: number }) {
  if (unread <= 0) return null;
  return (
    <span className="nav-badge" aria-hidden="true">
      {unread > 99 ? '99+' : unread}
    </span>
  );
}

/**
 * The inbox link: "Inbox" and its count among the header's actions on wide screens (`wide`), a tray and its
 * count beside "Menu" on phones. CSS shows one or the other, so only one is ever in the accessibility tree.
 */
function InboxLink({ unread, wide }: { unread: number; wide: boolean }) {
  return (
    <Link to="/inbox" className={wide ? 'header-inbox' : 'inbox-shortcut'} activeProps={{ className: 'active' }} aria-label={inboxName(unread)}>
      <TrayIcon />
      {wide ? <span>Inbox</span> : null}
      <UnreadBadge unread={unread} />
    </Link>
  );
}

export function AppShell() {
  const session = useQuery(sessionQuery).data;
  const unread = useUnreadCount(Boolean(session));
  const logout = useLogout();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const href = useRouterState({ select: (s) => s.location.href });
  const loggedOut = logout.isPending || logout.isSuccess;
  const [menuOpen, setMenuOpen] = useState(false);
  const first = useRef(true);

  useEffect(() => {
    setMenuOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => {
      const target = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
      target?.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
  }, [pathname]);

  // Logged out, or the session ended (then come back here after logging in again).
  useEffect(() => {
    if (session) return;
    void navigate({ to: '/login', search: loggedOut || pathname === '/' ? {} : { redirect: href }, replace: true });
    // Once per loss of the session, not on every location change while leaving.
  }, [session]);

  // The pages inside must not render without a session.
  if (!session) return null;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="header-inner">
          <Link to="/" className="brand" aria-label={`Yellowpad home, ${session.firm.name}`}>
            <Logo />
            <span className="brand-text">
              <span className="brand-name">Yellowpad</span>
              <span className="brand-firm">{session.firm.name}</span>
            </span>
          </Link>
          <InboxLink unread={unread} wide={false} />
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="app-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {menuOpen ? 'Close' : 'Menu'}
          </button>
          <div id="app-menu" className={`app-menu${menuOpen ? ' open' : ''}`}>
            <nav aria-label="Main">
              <ul className="nav-list">
                {navItems.map((item) => (
                  <li key={item.to}>
                    <Link to={item.to} className="nav-link" activeProps={{ className: 'active' }} activeOptions={{ exact: item.exact }}>
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="header-actions">
              <InboxLink unread={unread} wide />
              <Link to="/conversations/new" className="button button-primary button-small">
                Log a conversation
              </Link>
              <div className="account">
                <span className="account-name">{session.member.name}</span>
                <button type="button" className="button-link" onClick={() => logout.mutate()} disabled={logout.isPending}>
                  {logout.isPending ? 'Logging out…' : 'Log out'}
                </button>
              </div>
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {/* A page's chunk on its first visit (lib/lazy-page.ts). */}
        <Suspense fallback={<Loading label="Opening the page…" />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>Yellowpad — the client, in their own words.</p>
      </footer>
    </div>
  );
}
