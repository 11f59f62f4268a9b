/** The links in an item's context line: the person and organisation it is about; the parts joined with " · ". */
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

interface Refs {
  person?: { id: string; fullName: string } | null;
  organization?: { id: string; name: string } | null;
}

/** "For Maya Okafor, Northwind Logistics" as links, or null when the item is about no one (so no empty part). */
export function whoLinks({ person, organization, prefix }: Refs & { prefix?: string }): ReactNode {
  if (!person && !organization) return null;
  return (
    <>
      {prefix ? `${prefix} ` : null}
      {person ? (
        <Link to="/people/$personId" params={{ personId: person.id }}>
          {person.fullName}
        </Link>
      ) : null}
      {person && organization ? ', ' : null}
      {organization ? (
        <Link to="/organizations/$organizationId" params={{ organizationId: organization.id }}>
          {organization.name}
        </Link>
      ) : null}
    </>
  );
}

/** Parts of an item's context line, the empty ones left out, separated by a dot. */
export function MetaParts({ parts }: { parts: ReactNode[] }) {
  const shown = parts.filter((p) => p !== null && p !== undefined && p !== false && p !== '');
  return (
    <>
      {shown.map((part, i) => (
        <span key={i}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          {part}
        </span>
      ))}
    </>
  );
}
