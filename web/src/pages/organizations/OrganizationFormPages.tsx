/** "Add an organisation" and "Edit <name>": the same form; editing sends the loaded version (409 → reload). */
import { Link, useNavigate } from '@tanstack/react-router';
import { useCreateOrganization, useDeleteOrganization, useOrganization, useUpdateOrganization } from '../../api/organizations.ts';
import type { Organization } from '../../api/types.ts';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { DeleteSection } from '../../components/DeleteSection.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { OrganizationForm } from './OrganizationForm.tsx';

export function NewOrganizationPage() {
  const create = useCreateOrganization();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="Add an organisation" back={<Link to="/organizations">← Organisations</Link>} />
      <OrganizationForm
        onSubmit={(values) =>
          create.mutate(values, {
            onSuccess: (o) => void navigate({ to: '/organizations/$organizationId', params: { organizationId: o.id } }),
          })
        }
        pending={create.isPending}
        error={create.error}
        submitLabel="Add organisation"
        cancel={
          <Link to="/organizations" className="button button-quiet">
            Cancel
          </Link>
        }
      />
    </>
  );
}

export function EditOrganizationPage({ organizationId }: { organizationId: string }) {
  const org = useOrganization(organizationId);
  const update = useUpdateOrganization(organizationId);
  const navigate = useNavigate();
  if (org.isPending) return <Loading />;
  if (org.isError) return <LoadError error={org.error} onRetry={() => void org.refetch()} />;
  const o = org.data;
  const toPage = () => void navigate({ to: '/organizations/$organizationId', params: { organizationId } });

  return (
    <>
      <PageHeader
        title={`Edit ${o.name}`}
        back={
          <Link to="/organizations/$organizationId" params={{ organizationId }}>
            ← {o.name}
          </Link>
        }
      />
      <OrganizationForm
        key={o.version}
        organization={o}
        onSubmit={(values) => update.mutate({ ...values, version: o.version }, { onSuccess: toPage })}
        pending={update.isPending}
        error={update.error}
        submitLabel="Save changes"
        notice={
          <ConflictNotice
            error={update.error}
            what="organisation"
            onReload={() => void org.refetch().then(() => update.reset())}
            reloading={org.isFetching}
          />
        }
        cancel={
          <Link to="/organizations/$organizationId" params={{ organizationId }} className="button button-quiet">
            Cancel
          </Link>
        }
      />
      <DeleteOrganization organization={o} />
    </>
  );
}

function DeleteOrganization({ organization: o }: { organization: Organization }) {
  const remove = useDeleteOrganization(o.id);
  const navigate = useNavigate();
  return (
    <DeleteSection
      title="Delete this organisation"
      explanation={`Removes ${o.name}. Its people stay in your records, no longer linked to it. This cannot be undone.`}
      confirmLabel={`Yes, delete ${o.name}`}
      onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate({ to: '/organizations' }) })}
      pending={remove.isPending}
      error={remove.error}
    />
  );
}
