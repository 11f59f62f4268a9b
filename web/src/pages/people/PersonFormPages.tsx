/** "Add a person" and "Edit <name>": the same form; editing sends the loaded version (409 → reload). */
import { Link, useNavigate } from '@tanstack/react-router';
import { useCreatePerson, usePerson, useUpdatePerson } from '../../api/people.ts';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { DeletePerson } from './DeletePerson.tsx';
import { PersonForm } from './PersonForm.tsx';

export function NewPersonPage() {
  const create = useCreatePerson();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="Add a person"
        back={<Link to="/people">← People</Link>}
        lead={<p>Someone you talk to: a client, or someone around them. Only the name is needed.</p>}
      />
      <PersonForm
        onSubmit={(values) =>
          create.mutate(values, { onSuccess: (p) => void navigate({ to: '/people/$personId', params: { personId: p.id } }) })
        }
        pending={create.isPending}
        error={create.error}
        submitLabel="Add person"
        cancel={
          <Link to="/people" className="button button-quiet">
            Cancel
          </Link>
        }
      />
    </>
  );
}

export function EditPersonPage({ personId }: { personId: string }) {
  const person = usePerson(personId);
  const update = useUpdatePerson(personId);
  const navigate = useNavigate();
  if (person.isPending) return <Loading />;
  if (person.isError) return <LoadError error={person.error} onRetry={() => void person.refetch()} />;
  const p = person.data;

  function reload() {
    void person.refetch().then(() => update.reset());
  }

  return (
    <>
      <PageHeader title={`Edit ${p.fullName}`} back={<Link to="/people/$personId" params={{ personId }}>← {p.fullName}</Link>} />
      <PersonForm
        // A reloaded (newer) version starts the form afresh from it.
        key={p.version}
        person={p}
        onSubmit={(values) =>
          update.mutate({ ...values, version: p.version }, { onSuccess: () => void navigate({ to: '/people/$personId', params: { personId } }) })
        }
        pending={update.isPending}
        error={update.error}
        submitLabel="Save changes"
        notice={<ConflictNotice error={update.error} what="person" onReload={reload} reloading={person.isFetching} />}
        cancel={
          <Link to="/people/$personId" params={{ personId }} className="button button-quiet">
            Cancel
          </Link>
        }
      />
      <DeletePerson person={p} />
    </>
  );
}
