/** Deleting a person, behind a confirmation. */
import { useNavigate } from '@tanstack/react-router';
import { useDeletePerson } from '../../api/people.ts';
import type { Person } from '../../api/types.ts';
import { DeleteSection } from '../../components/DeleteSection.tsx';

export function DeletePerson({ person }: { person: Person }) {
  const remove = useDeletePerson(person.id);
  const navigate = useNavigate();
  return (
    <DeleteSection
      title="Delete this person"
      explanation={`Removes ${person.fullName} from your firm’s records. Conversations with them stay, without their name. This cannot be undone.`}
      confirmLabel={`Yes, delete ${person.fullName}`}
      onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate({ to: '/people' }) })}
      pending={remove.isPending}
      error={remove.error}
    />
  );
}
