/**
 * Step 3 while the import runs in the background: a progress bar and the rows imported so far (the job
 * is polled), and "Cancel import" — what is already committed stays, and re-importing continues it.
 */
import { useCancelImport, type ImportJob } from '../../api/imports.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { number } from './import-words.ts';

export function ProgressStep({ job }: { job: ImportJob }) {
  const cancel = useCancelImport(job.id);
  const queued = job.status === 'queued';
  return (
    <section className="import-step panel" aria-labelledby="import-progress-title">
      <h2 id="import-progress-title">{queued ? 'Waiting to start…' : 'Importing…'}</h2>
      <p className="import-file-name">
        <strong>{job.fileName}</strong>
      </p>
      <ErrorSummary error={cancel.error} labels={{}} idFor={() => 'import-progress-title'} title="The import could not be cancelled" />
      <progress
        className="import-progress"
        max={1}
        value={queued ? undefined : job.progress}
        aria-labelledby="import-progress-title"
        aria-describedby="import-progress-rows"
      />
      <p id="import-progress-rows" className="import-progress-line">
        {queued ? 'It starts in a moment.' : `${number(job.rowsDone)} ${job.rowsDone === 1 ? 'row' : 'rows'} imported`}
      </p>
      <p className="hint">You can leave this page: the import carries on, and its report stays under “Recent imports”.</p>
      <button type="button" className="button" disabled={cancel.isPending} onClick={() => cancel.mutate(job.version)}>
        {cancel.isPending ? 'Cancelling…' : 'Cancel import'}
      </button>
    </section>
  );
}
