/**
 * Accept an invitation: the secret is in the link's #fragment (never sent to servers or logs). Looks it
 * up, shows "Join <firm> as <email>", then asks for a name and password.
 */
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/errors.ts';
import { useInvitationLookup } from '../../api/members.ts';
import { useAcceptInvitation } from '../../api/session.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/Field.tsx';
import { Loading } from '../../components/Status.tsx';
import { usePageTitle } from '../../lib/hooks.ts';
import { PasswordRule } from './PasswordRule.tsx';

const labels = { name: 'Your name', password: 'Password' };

export function JoinPage() {
  usePageTitle('Join your firm');
  const [token] = useState(() => decodeURIComponent(window.location.hash.replace(/^#/, '')));
  const lookup = useInvitationLookup(token);
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const errors = fieldErrors(accept.error);

  if (!token || lookup.isError) {
    return (
      <div className="auth-card">
        <h1 tabIndex={-1}>This invitation link does not work</h1>
        <p>{token ? messageOf(lookup.error) : 'The link is incomplete: it should end with # and a long code.'}</p>
        <p>Ask the colleague who invited you for a new link. If you already have an account, <Link to="/login">log in</Link>.</p>
      </div>
    );
  }
  if (lookup.isPending) return <Loading label="Checking your invitation…" />;

  const { firm, email } = lookup.data;
  function submit(e: FormEvent) {
    e.preventDefault();
    accept.mutate(
      { token, name, password },
      {
        onSuccess: () => {
          window.history.replaceState(null, '', '/join');
          void navigate({ to: '/' });
        },
      },
    );
  }

  return (
    <div className="auth-card">
      <h1 tabIndex={-1}>
        Join {firm.name} as {email}
      </h1>
      <p className="lead">Choose how your colleagues will see your name, and a password for logging in.</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={accept.error} labels={labels} idFor={(p) => `join-${p}`} title="You could not join yet" />
        <TextField id="join-email" label="Email" value={email} readOnly hint="The address you were invited at." />
        <TextField id="join-name" label="Your name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
        <TextField
          id="join-password"
          label="Password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          hint={<PasswordRule password={password} />}
          error={errors.password}
        />
        <button type="submit" className="button button-primary button-block" disabled={accept.isPending}>
          {accept.isPending ? 'Joining…' : `Join ${firm.name}`}
        </button>
      </form>
    </div>
  );
}
