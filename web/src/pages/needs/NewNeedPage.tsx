/** Write down a new need; ?organizationId= and ?personId= prefill whose it is (from their pages). */
import { Link, useNavigate } from '@tanstack/react-router';
import { useCreateNeed } from '../../api/needs.ts';
import { useOrganization } from '../../api/organizations.ts';
import { usePerson } from '../../api/people.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading } from '../../components/Status.tsx';
import { NeedForm, type NeedFormValues } from './NeedForm.tsx';
import '../../styles/needs.css';

export function NewNeedPage({ organizationId, personId }: { organizationId?: string; personId?: string }) {
  const create = useCreateNeed();
  const navigate = useNavigate();
  const person = usePerson(personId ?? '');
  const organization = useOrganization(organizationId ?? '');
  if ((personId && person.isPending) || (organizationId && organization.isPending)) return <Loading />;

  // From a person's page, their one organisation is the likely one.
  const onlyAffiliation = person.data?.affiliations.length === 1 ? person.data.affiliations[0] : undefined;
  const initial: NeedFormValues = {
    title: '',
    organization: organization.data
      ? { id: organization.data.id, name: organization.data.name }
      : onlyAffiliation
        ? { id: onlyAffiliation.organizationId, name: onlyAffiliation.organizationName }
        : null,
    people: person.data ? [{ id: person.data.id, name: person.data.fullName }] : [],
    firstStatement: '',
  };
  const back = person.data ? (
    <Link to="/people/$personId" params={{ personId: person.data.id }}>
      ← {person.data.fullName}
    </Link>
  ) : organization.data ? (
    <Link to="/organizations/$organizationId" params={{ organizationId: organization.data.id }}>
      ← {organization.data.name}
    </Link>
  ) : (
    <Link to="/needs">← Needs</Link>
  );

  return (
    <>
      <PageHeader
        title="New need"
        back={back}
        lead={<p>Something the client wants to change. Start with how they first put it: the real problem usually turns out to be different.</p>}
      />
      <NeedForm
        initial={initial}
        withStatement
        onSubmit={(v) =>
          create.mutate(
            {
              title: v.title.trim(),
              organizationId: v.organization?.id ?? null,
              personIds: v.people.map((p) => p.id),
              problemStatement: v.firstStatement.trim() ? { text: v.firstStatement, origin: 'first_stated' } : undefined,
            },
            { onSuccess: (need) => void navigate({ to: '/needs/$needId', params: { needId: need.id } }) },
          )
        }
        pending={create.isPending}
        error={create.error}
        submitLabel="Save the need"
        cancel={
          <Link to="/needs" className="button button-quiet">
            Cancel
          </Link>
        }
      />
    </>
  );
}
