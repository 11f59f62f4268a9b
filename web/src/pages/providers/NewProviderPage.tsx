/** Add a provider to the directory. */
import { Link, useNavigate } from '@tanstack/react-router';
import { useCreateProvider } from '../../api/providers.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ProviderForm } from './ProviderForm.tsx';
import '../../styles/helping.css';

export function NewProviderPage() {
  const create = useCreateProvider();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="Add a provider"
        back={<Link to="/providers">← Providers</Link>}
        lead={<p>Someone you would send a client to when they fit better. A name and what they are good at is enough.</p>}
      />
      <ProviderForm
        onSubmit={(values) => create.mutate(values, { onSuccess: (p) => void navigate({ to: '/providers/$providerId', params: { providerId: p.id } }) })}
        pending={create.isPending}
        error={create.error}
        submitLabel="Add provider"
        cancel={
          <Link to="/providers" className="button button-quiet">
            Cancel
          </Link>
        }
      />
    </>
  );
}
