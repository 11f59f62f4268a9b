/** A provider of the directory as the API shows it, with how many clients we referred to them. */
import type { ProviderRecord } from '../domain/providers/provider-fields.ts';
import { iso } from './iso.ts';

export function presentProvider(p: ProviderRecord) {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    goodAt: p.goodAt,
    contactName: p.contactName,
    email: p.email,
    phone: p.phone,
    website: p.website,
    notes: p.notes,
    referralsOut: p.referralsOut,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    createdBy: p.createdBy,
    version: p.version,
  };
}
