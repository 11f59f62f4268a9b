/**
 * Import contacts: choose a file (step 1, with the recent imports below), check the preview (step 2),
 * follow the background import to its report (step 3). The job id lives in the address.
 */
import { Link, useNavigate } from '@tanstack/react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ChooseFile } from './ChooseFile.tsx';
import { ImportJobView } from './ImportJobView.tsx';
import { RecentImports } from './RecentImports.tsx';
import '../../styles/imports.css';

export function ImportPage({ jobId }: { jobId?: string }) {
  const navigate = useNavigate();
  const back = () => void navigate({ to: '/import', search: {} });
  return (
    <>
      <PageHeader
        title="Import contacts"
        lead={<p>Bring everyone from the tool you are leaving, with nothing lost and nothing twice.</p>}
        back={
          jobId ? (
            <Link to="/import" search={{}}>
              ← All imports
            </Link>
          ) : undefined
        }
      />
      {jobId ? (
        <ImportJobView key={jobId} jobId={jobId} onCancelled={back} />
      ) : (
        <>
          <ChooseFile onUploaded={({ job }) => void navigate({ to: '/import', search: { job: job.id } })} />
          <RecentImports />
        </>
      )}
    </>
  );
}
