/**
 * Writes one batch of imported records inside the caller's transaction, so the batch is all or nothing.
 * Each record is matched (decision 021) — a person by email, then by source id, then by name and
 * organisation; an organisation by source id, then by name — then created or merged (merge-record.ts),
 * and the batch's changes go to the database in a few set-based statements.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import type { ImportRecord, RowError } from '../../importing/types.ts';
import { personSearchText } from '../people/person-fields.ts';
import type { ImportCounts } from './import-counts.ts';
import { noCounts } from './import-counts.ts';
import { loadBatchMatches, type BatchMatches } from './load-batch-matches.ts';
import { mergeIntoOrganization, mergeIntoPerson, newOrganization, newPerson, type OrganizationState, type PersonState } from './merge-record.ts';
import { recordProblem } from './record-limits.ts';

export interface BatchContext {
  firmId: string;
  /** The member the records are created by. */
  memberId: string | null;
  /** The tool the file came from (source ids are only compared within one tool). */
  source: string;
}

export interface BatchResult {
  counts: ImportCounts;
  errors: RowError[];
}

export async function writeImportBatch(tx: Db, context: BatchContext, records: ImportRecord[]): Promise<BatchResult> {
  const counts = noCounts();
  const errors: RowError[] = [];
  const valid = records.filter((record) => {
    const problem = recordProblem(record);
    if (problem) errors.push({ row: record.row, message: problem });
    return !problem;
  });
  counts.errors = errors.length;
  if (!valid.length) return { counts, errors };

  const batch = new BatchIndex(await loadBatchMatches(tx, context.firmId, context.source, valid));
  for (const record of valid) {
    const outcome = record.kind === 'organization' ? batch.applyOrganization(record) : batch.applyPerson(record);
    counts[outcome]++;
  }
  counts.createdOrganizations += batch.createdOrganizationsByPeople;
  await writeChanges(tx, context, batch);
  return { counts, errors };
}

type Outcome = 'createdPeople' | 'createdOrganizations' | 'updated' | 'skipped';

/** The batch's view of people and organisations, indexed by every key a later record may match on. */
class BatchIndex {
  private readonly byEmail = new Map<string, PersonState>();
  private readonly byNameAndOrganization = new Map<string, PersonState>();
  private readonly orgByName = new Map<string, OrganizationState>();
  readonly newAffiliations: { personId: string; organizationId: string; title: string | null }[] = [];
  readonly newLinks: { kind: 'person' | 'organization'; sourceId: string; id: string }[] = [];
  createdOrganizationsByPeople = 0;

  constructor(private readonly matches: BatchMatches) {
    for (const person of matches.people.values()) this.indexPerson(person);
    for (const organization of matches.organizations.values()) this.indexOrganization(organization);
  }

  get people() {
    return this.matches.people.values();
  }

  get organizations() {
    return this.matches.organizations.values();
  }

  applyOrganization(record: ImportRecord): Outcome {
    const known = this.organizationFor(record.sourceId, record.fullName);
    const organization = known ?? this.createOrganization(record.fullName, record);
    this.linkOrganization(record.sourceId, organization);
    if (!known) return 'createdOrganizations';
    return mergeIntoOrganization(organization, record) ? 'updated' : 'skipped';
  }

  applyPerson(record: ImportRecord): Outcome {
    const organization = this.organizationOfPerson(record);
    const known = this.personFor(record, organization?.id);
    const person = known ?? newPerson(randomUUID(), record, organization !== undefined);
    let changed = known ? mergeIntoPerson(person, record, organization !== undefined) : true;
    if (!known) this.matches.people.set(person.id, person);
    if (organization && !person.organizations.has(organization.id)) {
      person.organizations.set(organization.id, record.title ?? null);
      this.newAffiliations.push({ personId: person.id, organizationId: organization.id, title: record.title ?? null });
      changed = true;
    }
    if (record.sourceId && !this.matches.personLinks.has(record.sourceId)) {
      this.matches.personLinks.set(record.sourceId, person.id);
      this.newLinks.push({ kind: 'person', sourceId: record.sourceId, id: person.id });
    }
    this.indexPerson(person);
    if (!known) return 'createdPeople';
    return changed ? 'updated' : 'skipped';
  }

  /** Email first, then the source id, then the same name in the same organisation (or both without one). */
  private personFor(record: ImportRecord, organizationId: string | undefined): PersonState | undefined {
    for (const email of record.emails) {
      const person = this.byEmail.get(email);
      if (person) return person;
    }
    const linked = record.sourceId ? this.matches.personLinks.get(record.sourceId) : undefined;
    if (linked && this.matches.people.has(linked)) return this.matches.people.get(linked);
    return this.byNameAndOrganization.get(nameKey(record.fullName, organizationId));
  }

  /** The person's organisation, found or created; none when the record names none. */
  private organizationOfPerson(record: ImportRecord): OrganizationState | undefined {
    const known = this.organizationFor(record.organizationSourceId, record.organizationName);
    if (known || !record.organizationName) return known;
    this.createdOrganizationsByPeople++;
    const organization = this.createOrganization(record.organizationName);
    this.linkOrganization(record.organizationSourceId, organization);
    return organization;
  }

  private organizationFor(sourceId: string | undefined, name: string | undefined): OrganizationState | undefined {
    const linked = sourceId ? this.matches.organizationLinks.get(sourceId) : undefined;
    if (linked && this.matches.organizations.has(linked)) return this.matches.organizations.get(linked);
    return name ? this.orgByName.get(name.toLowerCase()) : undefined;
  }

  private createOrganization(name: string, record?: ImportRecord): OrganizationState {
    const organization = newOrganization(randomUUID(), name, record);
    this.matches.organizations.set(organization.id, organization);
    this.indexOrganization(organization);
    return organization;
  }

  private linkOrganization(sourceId: string | undefined, organization: OrganizationState): void {
    if (!sourceId || this.matches.organizationLinks.has(sourceId)) return;
    this.matches.organizationLinks.set(sourceId, organization.id);
    this.newLinks.push({ kind: 'organization', sourceId, id: organization.id });
  }

  private indexPerson(person: PersonState): void {
    for (const email of person.emails) if (!this.byEmail.has(email)) this.byEmail.set(email, person);
    const organizations = person.organizations.size ? [...person.organizations.keys()] : [undefined];
    for (const organizationId of organizations) {
      const key = nameKey(person.fullName, organizationId);
      if (!this.byNameAndOrganization.has(key)) this.byNameAndOrganization.set(key, person);
    }
  }

  private indexOrganization(organization: OrganizationState): void {
    const key = organization.name.toLowerCase();
    if (!this.orgByName.has(key)) this.orgByName.set(key, organization);
  }
}

const nameKey = (name: string, organizationId: string | undefined) => `${name.toLowerCase()}\u0000${organizationId ?? ''}`;

/** Set-based writes: organisations, then people, then what links them. */
async function writeChanges(tx: Db, context: BatchContext, batch: BatchIndex): Promise<void> {
  const organizations = [...batch.organizations];
  const people = [...batch.people];
  const newOrganizations = organizations.filter((o) => o.isNew);
  if (newOrganizations.length) {
    await tx.execute(sql`
      insert into organizations (firm_id, id, name, website, industry, notes, search_text, created_by)
      select ${context.firmId}, x.id, x.name, x.website, x.industry, x.notes, lower(x.name), ${context.memberId}::uuid
      from jsonb_to_recordset(${JSON.stringify(newOrganizations.map(organizationRow))}::jsonb)
        as x(id uuid, name text, website text, industry text, notes text)`);
  }
  const changedOrganizations = organizations.filter((o) => o.dirty);
  if (changedOrganizations.length) {
    await tx.execute(sql`
      update organizations o set website = x.website, industry = x.industry, notes = x.notes,
        updated_at = now(), version = o.version + 1
      from jsonb_to_recordset(${JSON.stringify(changedOrganizations.map(organizationRow))}::jsonb)
        as x(id uuid, name text, website text, industry text, notes text)
      where o.firm_id = ${context.firmId} and o.id = x.id`);
  }
  const newPeople = people.filter((p) => p.isNew);
  if (newPeople.length) {
    await tx.execute(sql`
      insert into people (firm_id, id, full_name, emails, phones, title, birthday, addresses, notes, search_text, created_by)
      select ${context.firmId}, x.id, x.full_name, x.emails, x.phones, x.title, x.birthday, x.addresses, x.notes, x.search_text,
        ${context.memberId}::uuid
      from jsonb_to_recordset(${JSON.stringify(newPeople.map(personRow))}::jsonb) as x(${personColumns})`);
  }
  const changedPeople = people.filter((p) => p.dirty);
  if (changedPeople.length) {
    await tx.execute(sql`
      update people p set emails = x.emails, phones = x.phones, title = x.title, birthday = x.birthday,
        addresses = x.addresses, notes = x.notes, search_text = x.search_text, updated_at = now(), version = p.version + 1
      from jsonb_to_recordset(${JSON.stringify(changedPeople.map(personRow))}::jsonb) as x(${personColumns})
      where p.firm_id = ${context.firmId} and p.id = x.id`);
  }
  if (batch.newAffiliations.length) {
    await tx.execute(sql`
      insert into affiliations (firm_id, person_id, organization_id, title, created_by)
      select ${context.firmId}, x.person_id, x.organization_id, x.title, ${context.memberId}::uuid
      from jsonb_to_recordset(${JSON.stringify(batch.newAffiliations.map((a) => ({ person_id: a.personId, organization_id: a.organizationId, title: a.title })))}::jsonb)
        as x(person_id uuid, organization_id uuid, title text)
      on conflict do nothing`);
  }
  if (batch.newLinks.length) {
    const links = batch.newLinks.map((l) => ({
      kind: l.kind,
      source_id: l.sourceId,
      person_id: l.kind === 'person' ? l.id : null,
      organization_id: l.kind === 'organization' ? l.id : null,
    }));
    await tx.execute(sql`
      insert into import_links (firm_id, source, kind, source_id, person_id, organization_id)
      select ${context.firmId}, ${context.source}, x.kind, x.source_id, x.person_id, x.organization_id
      from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as x(kind text, source_id text, person_id uuid, organization_id uuid)
      on conflict do nothing`);
  }
}

const personColumns = sql.raw(
  'id uuid, full_name text, emails text[], phones text[], title text, birthday text, addresses jsonb, notes text, search_text text',
);

function personRow(person: PersonState) {
  return {
    id: person.id,
    full_name: person.fullName,
    emails: person.emails,
    phones: person.phones,
    title: person.title,
    birthday: person.birthday,
    addresses: person.addresses,
    notes: person.notes,
    search_text: personSearchText(person.fullName, person.emails),
  };
}

function organizationRow(organization: OrganizationState) {
  return { id: organization.id, name: organization.name, website: organization.website, industry: organization.industry, notes: organization.notes };
}
