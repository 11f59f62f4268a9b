/** Owners invite a colleague: the server returns a one-time link to send them (it is not emailed). */
import { useState, type FormEvent } from 'react';
import { useInvite } from '../../api/members.ts';
import type { Invitation } from '../../api/types.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/Field.tsx';
import { formatDate } from '../../lib/dates.ts';
import { CopyField } from './CopyField.tsx';

const labels = { email: 'Email', role: 'Role' };

export function InviteForm() {
  const invite = useInvite();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'member' | 'owner'>('member');
  const [sent, setSent] = useState<Invitation | null>(null);
  const errors = fieldErrors(invite.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    invite.mutate(
      { email, role },
      {
        onSuccess: (invitation) => {
          setSent(invitation);
          setEmail('');
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite a colleague</h2>
      <p className="muted">You get a link to send them yourself. It works once.</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={invite.error} labels={labels} idFor={(p) => `invite-${p}`} title="The invitation was not created" />
        <TextField id="invite-email" label="Email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
        <div className="field">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as 'member' | 'owner')}>
            <option value="member">Member — works with clients and notes</option>
            <option value="owner">Owner — can also invite colleagues</option>
          </select>
        </div>
        <button type="submit" className="button button-primary" disabled={invite.isPending}>
          {invite.isPending ? 'Creating the link…' : 'Create invitation link'}
        </button>
      </form>
      {sent ? (
        <div className="invite-result" role="status" aria-live="polite">
          <p>
            Send this link to <strong>{sent.email}</strong>. It expires on {formatDate(sent.expiresAt)}.
          </p>
          <CopyField id="invite-link" label="Invitation link" value={`${window.location.origin}${sent.path}`} copyLabel="Copy link" />
        </div>
      ) : null}
    </section>
  );
}
