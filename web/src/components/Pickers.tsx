/** Search-and-pick for people and organisations, with "Add … as new" when nobody matches. */
import { useState, type ReactNode } from 'react';
import { messageOf } from '../api/errors.ts';
import { useCreateOrganization, useOrganizationsSearch } from '../api/organizations.ts';
import { useCreatePerson, usePeopleSearch } from '../api/people.ts';
import { useDebounced } from '../lib/hooks.ts';
import { Combobox } from './Combobox.tsx';

interface Picked {
  id: string;
  name: string;
}

interface PickerProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Ids already chosen: left out of the suggestions. */
  exclude: string[];
  onPick: (picked: Picked) => void;
}

export function PersonPicker({ id, label, hint, error, exclude, onPick }: PickerProps) {
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 200);
  const search = usePeopleSearch(q, { limit: 8 });
  const create = useCreatePerson();
  const options = (search.data?.pages[0]?.items ?? [])
    .filter((p) => !exclude.includes(p.id))
    .map((p) => ({
      id: p.id,
      label: p.fullName,
      detail: p.affiliations[0]?.organizationName ?? p.emails[0],
    }));
  return (
    <Combobox
      id={id}
      label={label}
      hint={hint}
      error={error ?? (create.error ? messageOf(create.error) : undefined)}
      query={query}
      onQueryChange={setQuery}
      options={options}
      loading={search.isFetching || q !== query.trim()}
      onPick={(o) => onPick({ id: o.id, name: o.label })}
      onCreate={(fullName) => create.mutate({ fullName }, { onSuccess: (p) => onPick({ id: p.id, name: p.fullName }) })}
      createLabel={(text) => `Add “${text}” as a new person`}
      placeholder="Type a name or email"
      disabled={create.isPending}
    />
  );
}

export function OrganizationPicker({ id, label, hint, error, exclude, onPick }: PickerProps) {
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 200);
  const search = useOrganizationsSearch(q, { limit: 8 });
  const create = useCreateOrganization();
  const options = (search.data?.pages[0]?.items ?? [])
    .filter((o) => !exclude.includes(o.id))
    .map((o) => ({ id: o.id, label: o.name, detail: o.industry ?? undefined }));
  return (
    <Combobox
      id={id}
      label={label}
      hint={hint}
      error={error ?? (create.error ? messageOf(create.error) : undefined)}
      query={query}
      onQueryChange={setQuery}
      options={options}
      loading={search.isFetching || q !== query.trim()}
      onPick={(o) => onPick({ id: o.id, name: o.label })}
      onCreate={(name) => create.mutate({ name }, { onSuccess: (o) => onPick({ id: o.id, name: o.name }) })}
      createLabel={(text) => `Create the organisation “${text}”`}
      placeholder="Type an organisation’s name"
      disabled={create.isPending}
    />
  );
}
