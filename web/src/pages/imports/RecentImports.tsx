/** The firm's recent imports below the file chooser: file, when, status and counts; each opens its preview, progress or report. */
import { Link } from '@tanstack/react-router';
import { useImportList, type ImportJob } from '../../api/imports.ts';
import { LoadError, Loading } from '../../components/Status.tsx';
import { formatDateTime, relativeTime } from '../../lib/dates.ts';
import { countsLine, fileSize, percent, statusLabels } from './import-words.ts';

function summary(job: ImportJob): string {
  if (job.status === 'running') return `${percent(job.progress)} done`;
  if (job.status === 'done' || job.status === 'cancelled' || (job.status === 'failed' && job.rowsDone > 0)) return countsLine(job.counts);
  return fileSize(job.fileBytes);
}

export function RecentImports() {
  const list = useImportList();
  return (
    <section className="import-recent" aria-labelledby="import-recent-title">
      <h2 id="import-recent-title">Recent imports</h2>
      {list.isPending ? (
        <Loading label="Loading recent imports…" />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">No imports yet. Files you import show here with their reports.</p>
      ) : (
        <ul className="record-list">
          {list.data.items.map((job) => (
            <li key={job.id}>
              <Link to="/import" search={{ job: job.id }} className="record-link import-recent-link">
                <span className="record-name">{job.fileName}</span>
                <span className="record-detail">
                  <span className={`import-status import-status-${job.status}`}>{statusLabels[job.status]}</span>
                  {' · '}
                  <time dateTime={job.createdAt} title={formatDateTime(job.createdAt)}>
                    {relativeTime(job.createdAt)}
                  </time>
                  {' · '}
                  {summary(job)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
