/** API tokens for your own scripts (import, export): created here, shown once. */
import { useState, type FormEvent } from 'react';
import { useCreateApiToken } from '../../api/members.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/Field.tsx';
import { CopyField } from './CopyField.tsx';

export function ApiTokens() {
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [token, setToken] = useState<string | null>(null);
  const errors = fieldErrors(create.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ name }, { onSuccess: (t) => (setToken(t.token), setName('')) });
  }

  return (
    <section className="panel" aria-labelledby="tokens-title">
      <h2 id="tokens-title">API tokens</h2>
      <p className="muted">For your own scripts. A token acts as you; keep it secret.</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={create.error} labels={{ name: 'Token name' }} idFor={() => 'token-name'} title="The token was not created" />
        <TextField id="token-name" label="Token name" placeholder="e.g. import script" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create token'}
        </button>
      </form>
      {token ? (
        <div className="invite-result">
          <p>This is the only time the token is shown. Copy it now.</p>
          <CopyField id="token-value" label="Your new token" value={token} copyLabel="Copy token" />
        </div>
      ) : null}
    </section>
  );
}
