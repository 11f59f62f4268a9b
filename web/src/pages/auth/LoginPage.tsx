/** Log in with email and password; back to where you were going, or home. */
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useLogin } from '../../api/session.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/Field.tsx';
import { usePageTitle } from '../../lib/hooks.ts';
import { safeRedirect } from '../../lib/redirect.ts';

const labels = { email: 'Email', password: 'Password' };

export function LoginPage({ redirect }: { redirect?: string }) {
  usePageTitle('Log in');
  const login = useLogin();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = fieldErrors(login.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    login.mutate({ email, password }, { onSuccess: () => void navigate({ href: safeRedirect(redirect) }) });
  }

  return (
    <div className="auth-card">
      <h1 tabIndex={-1}>Log in</h1>
      <p className="lead">Welcome back. Your clients’ words are where you left them.</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={login.error} labels={labels} idFor={(p) => `login-${p}`} title="You could not be logged in" />
        <TextField id="login-email" label="Email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
        <TextField
          id="login-password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <button type="submit" className="button button-primary button-block" disabled={login.isPending}>
          {login.isPending ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p className="auth-switch">
        New to Yellowpad? <Link to="/signup">Create your firm</Link>
      </p>
    </div>
  );
}
