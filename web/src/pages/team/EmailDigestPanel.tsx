/**
 * "Daily digest": your Today list by email each morning, on or off (on unless you turn it off). When this
 * server sends no email, says so and how to turn it on. Mounted on the Team page.
 */
import { useEmailSettings, useUpdateEmailSettings } from '../../api/email.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import '../../styles/email.css';

export function EmailDigestPanel() {
  const settings = useEmailSettings();
  const update = useUpdateEmailSettings();
  return (
    <section className="panel email-digest" aria-labelledby="email-digest-title">
      <h2 id="email-digest-title">Daily digest</h2>
      <p>Each morning, an email with your Today list: follow-ups and promises due, conversations to close out, people you are losing touch with. Nothing is sent on a day with nothing on it.</p>
      {settings.isPending ? (
        <Loading label="Checking your email settings…" />
      ) : settings.isError ? (
        <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !settings.data.smtpConfigured ? (
        <p className="muted">
          Email is not set up on this server. Whoever runs Yellowpad can turn it on by setting <code>SMTP_URL</code> and restarting it.
        </p>
      ) : (
        <>
          <ErrorSummary error={update.error} labels={{}} idFor={() => 'email-digest-enabled'} title="That did not work" />
          <div className="checkbox">
            <input
              id="email-digest-enabled"
              type="checkbox"
              // While saving, the box shows the choice just made (the server's answer replaces it).
              checked={update.isPending ? update.variables.digestEnabled : settings.data.digestEnabled}
              disabled={update.isPending}
              onChange={(e) => update.mutate({ digestEnabled: e.target.checked })}
            />
            <label htmlFor="email-digest-enabled">Send me my Today list each morning</label>
          </div>
          <p className="email-digest-status" role="status" aria-live="polite">
            {settings.data.digestEnabled ? 'On: it goes to the address you log in with.' : 'Off: no daily digest.'}
          </p>
        </>
      )}
    </section>
  );
}
