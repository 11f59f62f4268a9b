/** Report an incident: what went wrong for the client, when we heard of it, and who it concerns. */
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/errors.ts';
import { useReportIncident } from '../../api/incidents.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { localInputToIso, toLocalInput } from '../../lib/dates.ts';
import '../../styles/incidents.css';
import { LinkedRecords, type Links } from '../commitments/LinkedRecords.tsx';

const ID = 'incident';
const labels = { title: 'Title', whatHappened: 'What happened', reportedAt: 'Reported to us at', personId: 'Person', organizationId: 'Organisation', needId: 'Need' };

export function NewIncidentPage({ prefill }: { prefill: Omit<Links, 'conversationId'> }) {
  const report = useReportIncident();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [whatHappened, setWhatHappened] = useState('');
  const [opened] = useState(() => toLocalInput(new Date()));
  const [reportedAt, setReportedAt] = useState(opened);
  const [links, setLinks] = useState<Links>(prefill);
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const error = localError ?? report.error;
  const errors = fieldErrors(error);

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
    report.mutate(
      // Left as opened, "now" is the server's: the clock for acknowledging starts there.
      { title, whatHappened, ...(reportedAt === opened ? {} : { reportedAt: at! }), ...links },
      { onSuccess: (i) => void navigate({ to: '/incidents/$incidentId', params: { incidentId: i.id } }) },
    );
  }

  return (
    <>
      <PageHeader title="Report an incident" back={<Link to="/incidents">← Incidents</Link>} lead={<p>Write it down the moment you hear of it. Then acknowledge it to the client — fast.</p>} />
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={error} labels={labels} idFor={(p) => `${ID}-${p.split('.')[0]}`} />
        <TextField id={`${ID}-title`} label="Title" hint="A few words, e.g. “Wrong VAT figure in the Q4 report”." value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} />
        <TextArea id={`${ID}-whatHappened`} label="What happened" hint="As the client experienced it." rows={3} value={whatHappened} onChange={(e) => setWhatHappened(e.target.value)} error={errors.whatHappened} />
        <TextField id={`${ID}-reportedAt`} label="Reported to us at" type="datetime-local" value={reportedAt} onChange={(e) => setReportedAt(e.target.value)} error={errors.reportedAt} />
        <LinkedRecords idPrefix={ID} links={links} onChange={setLinks} personLabel="Who it happened to" errors={errors} />
        <FormActions
          pending={report.isPending}
          submitLabel="Report the incident"
          cancel={
            <Link to="/incidents" className="button button-quiet">
              Cancel
            </Link>
          }
        />
      </form>
    </>
  );
}
