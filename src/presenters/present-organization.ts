/** An organisation as the API shows it: named fields only, never the search column or the firm id. */
import type { organizations } from '../db/schema.ts';
import { iso } from './iso.ts';

type OrganizationRow = Omit<typeof organizations.$inferSelect, 'searchText'> & { peopleCount: number };

/** Maps a stored organisation (with its head count) to the Organization response. */
export function presentOrganization(o: OrganizationRow) {
  return {
    id: o.id,
    name: o.name,
    website: o.website,
    industry: o.industry,
    notes: o.notes,
    peopleCount: o.peopleCount,
    createdAt: iso(o.createdAt),
    updatedAt: iso(o.updatedAt),
    createdBy: o.createdBy,
    version: o.version,
  };
}
