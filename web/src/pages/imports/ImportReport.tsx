/**
 * Step 3 once the import has ended: what it did (people and organisations created, updated, skipped, row
 * errors with their row numbers), why it failed or that it was cancelled, and where to go next.
 */
import { Link } from '@tanstack/react-router';
import type { Ref } from 'react';
import type { ImportJob } from '../../api/imports.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { number } from './import-words.ts';
import { RowErrors } from './RowErrors.tsx';

const titles: Record<string, string> = { done: 'Import finished', failed: 'The import failed', cancelled: 'Import cancelled' };

const figures: { key: keyof ImportJob['counts']; label: string; hint: string }[] = [
  { key: 'createdPeople', label: 'People created', hint: 'New in Yellowpad.' },
  { key: 'createdOrganizations', label: 'Organisations created', hint: 'Companies and accounts, linked to their people.' },
  { key: 'updated', label: 'Updated', hint: 'Already here: new details were added.' },
  { key: 'skipped', label: 'Skipped', hint: 'Already here with nothing new.' },
  { key: 'errors', label: 'Row errors', hint: 'Rows that could not be imported.' },
];

/** `titleRef` gets the title, so focus can move there when a watched import ends. */
export function ImportReport({ job, titleRef }: { job: ImportJob; titleRef?: Ref<HTMLHeadingElement> }) {
  return (
    <section className="import-step" aria-labelledby="import-report-title">
      <h2 id="import-report-title" tabIndex={-1} ref={titleRef}>
        {titles[job.status]}
      </h2>
      <p className="import-file-name">
        <strong>{job.fileName}</strong>
        {job.finishedAt ? <span className="muted"> · ended {formatDateTime(job.finishedAt)}</span> : null}
      </p>
      {job.status === 'failed' ? (
        <div className="notice notice-error">
          <p>{job.failure ?? 'Something went wrong while importing.'}</p>
          <p>What was imported before the failure stays. Importing the same file again continues without duplicates.</p>
        </div>
      ) : null}
      {job.status === 'cancelled' ? (
        <p>
          {job.rowsDone
            ? `Cancelled after ${number(job.rowsDone)} rows: those stay imported. Importing the same file again continues without duplicates.`
            : 'Cancelled before it started: nothing was imported.'}
        </p>
      ) : null}
      <dl className="import-figures">
        {figures.map((f) => (
          <div key={f.key} className={f.key === 'errors' && job.counts.errors ? 'has-errors' : undefined}>
            <dt>{f.label}</dt>
            <dd className="import-figure">{number(job.counts[f.key])}</dd>
            <dd className="hint">{f.hint}</dd>
          </div>
        ))}
      </dl>
      {job.errors.length ? (
        <section className="import-report-errors" aria-labelledby="import-errors-title">
          <h3 id="import-errors-title">Rows that were not imported</h3>
          <RowErrors errors={job.errors} total={job.counts.errors} lead="Fix these rows in the file and import it again; the rest will be skipped." />
        </section>
      ) : null}
      <div className="import-actions">
        <Link to="/people" className="button button-primary">
          See people
        </Link>
        <Link to="/organizations" className="button">
          See organisations
        </Link>
        <Link to="/import" search={{}} className="button button-quiet">
          Import another file
        </Link>
      </div>
    </section>
  );
}
