/**
 * One import, by the job id in the address (/import?job=…), so a reload finds it again: its preview while
 * uploaded, its progress while queued or running, its report once ended. When an import being watched
 * ends, the people and organisation lists are refreshed and focus moves to the report.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { hasEnded, isActive, refreshAfterImport, useImportJob } from '../../api/imports.ts';
import { LoadError, Loading } from '../../components/Status.tsx';
import { ImportReport } from './ImportReport.tsx';
import { PreviewStep } from './PreviewStep.tsx';
import { ProgressStep } from './ProgressStep.tsx';

export function ImportJobView({ jobId, onCancelled }: { jobId: string; onCancelled: () => void }) {
  const queryClient = useQueryClient();
  const job = useImportJob(jobId);
  const reportTitle = useRef<HTMLHeadingElement>(null);
  const watched = useRef(false);
  const status = job.data?.status;

  useEffect(() => {
    if (!job.data) return;
    if (isActive(job.data)) watched.current = true;
    else if (watched.current && hasEnded(job.data)) {
      watched.current = false;
      refreshAfterImport(queryClient);
      reportTitle.current?.focus();
    }
  }, [status]);

  if (job.isPending) return <Loading label="Loading the import…" />;
  if (job.isError) {
    return (
      <>
        <LoadError error={job.error} onRetry={() => void job.refetch()} />
        <p>
          <Link to="/import" search={{}}>
            Import a file
          </Link>
        </p>
      </>
    );
  }
  if (job.data.status === 'uploaded') return <PreviewStep job={job.data} onCancelled={onCancelled} />;
  if (isActive(job.data)) return <ProgressStep job={job.data} />;
  return <ImportReport job={job.data} titleRef={reportTitle} />;
}
