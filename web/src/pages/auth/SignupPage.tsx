/** Create a firm and its first member (you, as owner); or step into the demo firm to look around. */
import { Link, useNavigate } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { metaQuery, useSignup } from '../../api/session.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/Field.tsx';
import { usePageTitle } from '../../lib/hooks.ts';
import { limits } from '../../lib/vocabulary.ts';
import { DemoButton } from './DemoButton.tsx';
import { PasswordRule } from './PasswordRule.tsx';

const labels = { firmName: 'Firm name', name: 'Your name', email: 'Email', password: 'Password' };

export function SignupPage() {
  usePageTitle('Create your firm');
  const signup = useSignup();
  const meta = useQuery(metaQuery);
  const navigate = useNavigate();
  const [form, setForm] = useState({ firmName: '', name: '', email: '', password: '' });
  const errors = fieldErrors(signup.error);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    signup.mutate(form, { onSuccess: () => void navigate({ to: '/' }) });
  }

  return (
    <div className="auth-card">
      <h1 tabIndex={-1}>Create your firm</h1>
      <p className="lead">A shared notebook for your practice: who your clients are, and what they told you in their own words.</p>
      {meta.data?.demoEnabled ? <DemoButton /> : null}
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={signup.error} labels={labels} idFor={(p) => `signup-${p}`} title="Your firm could not be created" />
        <TextField id="signup-firmName" label="Firm name" autoComplete="organization" value={form.firmName} onChange={set('firmName')} error={errors.firmName} />
        <TextField id="signup-name" label="Your name" autoComplete="name" value={form.name} onChange={set('name')} error={errors.name} />
        <TextField id="signup-email" label="Email" type="email" autoComplete="email" value={form.email} onChange={set('email')} error={errors.email} />
        <TextField
          id="signup-password"
          label="Password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          maxLength={limits.passwordMax}
          hint={<PasswordRule password={form.password} />}
          error={errors.password}
        />
        <button type="submit" className="button button-primary button-block" disabled={signup.isPending}>
          {signup.isPending ? 'Creating your firm…' : 'Create your firm'}
        </button>
      </form>
      <p className="auth-switch">
        Already have an account? <Link to="/login">Log in</Link>
      </p>
    </div>
  );
}
