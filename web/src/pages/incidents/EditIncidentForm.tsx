/**
 * Correct an incident's account in place: its title, what happened, and when it was reported to us (a
 * corrected time must not be in the future, nor after the acknowledgement). Sends the version it loaded;
 * a colleague's change in the meantime (409) offers a reload.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/errors.ts';
import { useUpdateIncident, type Incident } from '../../api/incidents.ts';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { CancelButton } from '../../components/CancelButton.tsx';
import { localInputToIso, toLocalInput } from '../../lib/dates.ts';

const ID = 'edit-incident';
const labels = { title: 'Title', whatHappened: 'What happened', reportedAt: 'Reported to us at' };

interface Props {
  incident: Incident;
  onDone: () => void;
  /** Fetches the latest version (after a 409); the form starts again from it. */
  onReload: () => Promise<unknown>;
  reloading: boolean;
}

export function EditIncidentForm({ incident: i, onDone, onReload, reloading }: Props) {
  const update = useUpdateIncident(i.id);
  const [title, setTitle] = useState(i.title);
  const [whatHappened, setWhatHappened] = useState(i.whatHappened);
  const [loadedAt] = useState(() => toLocalInput(new Date(i.reportedAt)));
  const [reportedAt, setReportedAt] = useState(loadedAt);
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const error = localError ?? update.error;
  const errors = fieldErrors(error);
  // Opened from "Edit details" in the header: the cursor goes to the first field, which scrolls it into view.
  useEffect(() => document.getElementById(`${ID}-title`)?.focus(), []);

  function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!title.trim()) problems.title = 'Give it a short title';
    if (!whatHappened.trim()) problems.whatHappened = 'Say what happened, as the client saw it';
    const at = localInputToIso(reportedAt);
    if (!at) problems.reportedAt = 'Say when it was reported to us';
    if (Object.keys(problems).length) {
      setLocalError(new ApiError(400, 'validation_failed', 'Check the highlighted fields.', problems));
      return;
    }
    setLocalError(null);
    // The time is sent only when changed: the field shows whole minutes, the record keeps seconds.
    update.mutate({ version: i.version, title, whatHappened, ...(reportedAt === loadedAt ? {} : { reportedAt: at! }) }, { onSuccess: onDone });
  }

  return (
    <form className="step-form" onSubmit={submit} noValidate aria-labelledby={`${ID}-heading`}>
      <h3 id={`${ID}-heading`}>Edit the details</h3>
      <ConflictNotice
        error={update.error}
        what="incident"
        onReload={() => void onReload().then(() => update.reset())}
        reloading={reloading}
      />
      <ErrorSummary error={error} labels={labels} idFor={(p) => `${ID}-${p}`} />
      <TextField id={`${ID}-title`} label="Title" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} />
      <TextArea id={`${ID}-whatHappened`} label="What happened" hint="As the client experienced it." rows={3} value={whatHappened} onChange={(e) => setWhatHappened(e.target.value)} error={errors.whatHappened} />
      <TextField
        id={`${ID}-reportedAt`}
        label="Reported to us at"
        hint={i.minutesToAcknowledge !== null ? 'Not after we acknowledged it.' : undefined}
        type="datetime-local"
        className="when-field"
        value={reportedAt}
        onChange={(e) => setReportedAt(e.target.value)}
        error={errors.reportedAt}
      />
      <FormActions
        pending={update.isPending}
        submitLabel="Save changes"
        cancel={
          <CancelButton
            onCancel={() => {
              update.reset();
              onDone();
            }}
          />
        }
      />
    </form>
  );
}
