/**
 * The client records named in a "new …" page's address (?personId=&organizationId=&needId=), loaded by
 * name so the form can show them as already chosen. Used by the new gift and new referral pages.
 */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { ClientValue } from './ClientFields.tsx';

export interface ClientIds {
  personId?: string;
  organizationId?: string;
  needId?: string;
}

/** `ready` once every named record has loaded (one that cannot be loaded is simply left out). */
export function useClientPrefill(ids: ClientIds): { ready: boolean; value: ClientValue } {
  const person = useQuery({
    queryKey: ['people', 'one', ids.personId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id: ids.personId! } }, signal })),
    enabled: Boolean(ids.personId),
  });
  const organization = useQuery({
    queryKey: ['organizations', 'one', ids.organizationId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: ids.organizationId! } }, signal })),
    enabled: Boolean(ids.organizationId),
  });
  const need = useQuery({
    queryKey: ['needs', 'one', ids.needId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/needs/{id}', { params: { path: { id: ids.needId! } }, signal })),
    enabled: Boolean(ids.needId),
  });
  const loading = [person, organization, need].some((q) => q.isLoading);
  return {
    ready: !loading,
    value: {
      person: person.data ? { id: person.data.id, name: person.data.fullName } : null,
      organization: organization.data ? { id: organization.data.id, name: organization.data.name } : null,
      need: need.data ? { id: need.data.id, name: need.data.title } : null,
    },
  };
}
