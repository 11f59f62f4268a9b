/** The frame of the pages before log-in: the mark, a calm card, and a line on what Yellowpad is for. */
import { Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Logo } from './Logo.tsx';

export function AuthShell({ children }: { children?: ReactNode }) {
  return (
    <div className="auth">
      <header className="auth-header">
        <span className="brand">
          <Logo />
          <span className="brand-name">Yellowpad</span>
        </span>
      </header>
      <main id="main" className="auth-main" tabIndex={-1}>
        {children ?? <Outlet />}
      </main>
      <footer className="auth-footer">
        <p>Know your clients in their own words. Help them first — the work follows.</p>
      </footer>
    </div>
  );
}
