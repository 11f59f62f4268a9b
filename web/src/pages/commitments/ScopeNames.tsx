/** The names behind ids in a filter, each loaded only when its id is given (hooks cannot be conditional). */
import { useMembers } from '../../api/members.ts';
import { useOrganization } from '../../api/organizations.ts';
import { usePerson } from '../../api/people.ts';

export function MemberName({ id }: { id: string }) {
  const members = useMembers();
  return <>{members.data?.items.find((m) => m.id === id)?.name ?? 'one member'}</>;
}

export function PersonName({ id }: { id: string }) {
  return <>{usePerson(id).data?.fullName ?? 'one person'}</>;
}

export function OrganizationName({ id }: { id: string }) {
  return <>{useOrganization(id).data?.name ?? 'one organisation'}</>;
}
