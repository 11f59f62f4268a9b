/**
 * The frame of the logged-in app: a skip link, the header (brand, navigation, the member and log-out),
 * and <main>. Below 820px the navigation folds into a "Menu" button. On each new page, focus moves to
 * the page's heading so screen-reader users hear where they are.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { sessionQuery, useLogout } from '../api/session.ts';
import { Logo } from './Logo.tsx';

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

export function AppShell() {
  const session = useQuery(sessionQuery).data;
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
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>Yellowpad — the client, in their own words.</p>
      </footer>
    </div>
  );
}
