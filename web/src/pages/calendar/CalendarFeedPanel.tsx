/**
 * "Calendar feed": subscribe to your open follow-ups and promises in Google Calendar, Outlook or Apple
 * Calendar through a secret link. The link is shown once (only a hash is kept); replace it if it leaked,
 * or turn it off. Mounted on the Team page.
 */
import { useState } from 'react';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../../api/calendar.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { CopyField } from '../team/CopyField.tsx';
import '../../styles/calendar.css';

type Confirming = 'rotate' | 'revoke' | null;

export function CalendarFeedPanel() {
  const status = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [notice, setNotice] = useState('');
  const busy = create.isPending || revoke.isPending;

  function makeLink() {
    revoke.reset();
    create.mutate(undefined, { onSuccess: (r) => (setUrl(r.url), setConfirming(null), setNotice('')) });
  }
  function turnOff() {
    create.reset();
    revoke.mutate(undefined, { onSuccess: () => (setUrl(null), setConfirming(null), setNotice('Your calendar link is turned off. Calendars subscribed to it will stop updating.')) });
  }

  return (
    <section className="panel calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">Calendar feed</h2>
      <p>
        See your open follow-ups and the promises you made to clients in your own calendar, each on the day it is due, with a link back
        here. Subscribe to the link in Google Calendar (“Other calendars” → “From URL”), Outlook (“Add calendar” → “Subscribe from web”)
        or Apple Calendar (“File” → “New Calendar Subscription”). Calendars refresh it every few hours.
      </p>
      <p className="muted">
        Anyone with the link can read these items without logging in, so keep it private. If you shared it by mistake, replace it: the
        old link stops working at once.
      </p>
      <ErrorSummary error={create.error ?? revoke.error} labels={{}} idFor={() => 'calendar-feed-title'} title="That did not work" />
      {status.isPending ? (
        <Loading label="Checking your calendar link…" />
      ) : status.isError ? (
        <LoadError error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <>
          <p className="calendar-feed-status" role="status" aria-live="polite">
            {status.data.active && status.data.createdAt
              ? `Your calendar link is on (created ${formatDateTime(status.data.createdAt)}).`
              : notice || 'You have no calendar link yet.'}
          </p>
          {url ? (
            <div className="invite-result">
              <p>This is the only time the link is shown: Yellowpad keeps only a fingerprint of it. Copy it into your calendar now.</p>
              <CopyField id="calendar-feed-url" label="Your calendar link" value={url} copyLabel="Copy link" />
            </div>
          ) : status.data.active ? (
            <p className="hint">The link cannot be shown again. Lost it? Replace it with a new one and subscribe to that.</p>
          ) : null}
          {confirming ? (
            <div className="calendar-feed-confirm" role="group" aria-labelledby="calendar-feed-confirm-text">
              <p id="calendar-feed-confirm-text">
                {confirming === 'rotate'
                  ? 'Replace the link? Calendars subscribed to the current one stop updating until you subscribe to the new one.'
                  : 'Turn the link off? Calendars subscribed to it stop updating.'}
              </p>
              <div className="calendar-feed-actions">
                <button type="button" className={confirming === 'rotate' ? 'button button-primary' : 'button button-danger'} disabled={busy} onClick={confirming === 'rotate' ? makeLink : turnOff}>
                  {busy ? 'Working…' : confirming === 'rotate' ? 'Yes, replace the link' : 'Yes, turn it off'}
                </button>
                <button type="button" className="button" disabled={busy} onClick={() => setConfirming(null)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : status.data.active ? (
            <div className="calendar-feed-actions">
              <button type="button" className="button" onClick={() => setConfirming('rotate')}>
                Replace link
              </button>
              <button type="button" className="button button-danger-quiet" onClick={() => setConfirming('revoke')}>
                Turn off
              </button>
            </div>
          ) : (
            <div className="calendar-feed-actions">
              <button type="button" className="button button-primary" disabled={busy} onClick={makeLink}>
                {create.isPending ? 'Creating…' : 'Create calendar link'}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
