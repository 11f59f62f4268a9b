/**
 * Everything one import batch may match, in a handful of queries: people sharing an email with the batch,
 * people and organisations known by a source id, people with the same name, organisations with the same
 * name, and those people's affiliations. People are locked (FOR UPDATE) so an edit made in the app while the
 * batch runs waits for it, and then meets a new version instead of being overwritten.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import type { PostalAddress } from '../../db/schema.ts';
import type { ImportRecord } from '../../importing/types.ts';
import { queryRows } from '../support/rows.ts';
import type { OrganizationState, PersonState } from './merge-record.ts';

export interface BatchMatches {
  people: Map<string, PersonState>;
  organizations: Map<string, OrganizationState>;
  /** Source id → person id / organisation id, for this file's source. */
  personLinks: Map<string, string>;
  organizationLinks: Map<string, string>;
}

interface PersonRow {
  id: string;
  full_name: string;
  emails: string[];
  phones: string[];
  title: string | null;
  birthday: string | null;
  addresses: PostalAddress[];
  notes: string | null;
}

/** A JSON array parameter read as a set of text values (one parameter, however many values). */
const textSet = (values: Iterable<string>) => sql`(select jsonb_array_elements_text(${JSON.stringify([...new Set(values)])}::jsonb))`;
const uuidSet = (values: Iterable<string>) => sql`(select jsonb_array_elements_text(${JSON.stringify([...new Set(values)])}::jsonb)::uuid)`;

export async function loadBatchMatches(tx: Db, firmId: string, source: string, records: ImportRecord[]): Promise<BatchMatches> {
  const people = records.filter((r) => r.kind === 'person');
  const organizations = records.filter((r) => r.kind === 'organization');
  const links = await queryRows<{ kind: string; source_id: string; person_id: string | null; organization_id: string | null }>(
    tx,
    sql`select kind, source_id, person_id, organization_id from import_links
        where firm_id = ${firmId} and source = ${source}
          and ((kind = 'person' and source_id in ${textSet(people.flatMap((r) => (r.sourceId ? [r.sourceId] : [])))})
            or (kind = 'organization' and source_id in ${textSet([...organizations, ...people].flatMap((r) => orgSourceIds(r)))}))`,
  );
  const personLinks = new Map(links.filter((l) => l.person_id).map((l) => [l.source_id, l.person_id!]));
  const organizationLinks = new Map(links.filter((l) => l.organization_id).map((l) => [l.source_id, l.organization_id!]));

  const emails = people.flatMap((r) => r.emails);
  const names = people.map((r) => r.fullName.toLowerCase());
  // One index probe per key kind, each computed once (MATERIALIZED): an OR, or a join the planner may
  // re-run per row, scanned the firm's people — and a firm being imported has no statistics yet. The
  // email probe leaves the firm out so that only the emails' GIN index can serve it.
  const personRows = await queryRows<PersonRow>(
    tx,
    sql`with by_email as materialized (select firm_id, id from people where emails && array${textSet(emails)}),
        by_name as materialized (select id from people where firm_id = ${firmId} and lower(full_name) = any(array${textSet(names)})),
        candidates as materialized (
          select id from by_email where firm_id = ${firmId}
          union select id from by_name
          union select id from unnest(array${uuidSet(personLinks.values())}) as linked(id))
        select id, full_name, emails, phones, title, birthday, addresses, notes from people
        where firm_id = ${firmId} and id in (select id from candidates)
        order by created_at, id
        for update`,
  );
  const orgNames = [...organizations.map((r) => r.fullName), ...people.flatMap((r) => (r.organizationName ? [r.organizationName] : []))];
  const orgRows = await queryRows<{ id: string; name: string; website: string | null; industry: string | null; notes: string | null }>(
    tx,
    sql`with candidates as materialized (
          select id from organizations where firm_id = ${firmId} and lower(name) = any(array${textSet(orgNames.map((n) => n.toLowerCase()))})
          union select id from unnest(array${uuidSet(organizationLinks.values())}) as linked(id))
        select id, name, website, industry, notes from organizations
        where firm_id = ${firmId} and id in (select id from candidates)
        order by created_at, id`,
  );
  const affiliations = personRows.length ? await loadAffiliations(tx, firmId, personRows.map((p) => p.id)) : [];
  const peopleById = new Map(personRows.map((row) => [row.id, toPersonState(row)]));
  for (const a of affiliations) peopleById.get(a.person_id)?.organizations.set(a.organization_id, a.title);
  const organizationsById = new Map(orgRows.map((row) => [row.id, { ...row, isNew: false, dirty: false }]));
  return { people: peopleById, organizations: organizationsById, personLinks, organizationLinks };
}

function orgSourceIds(record: ImportRecord): string[] {
  const id = record.kind === 'organization' ? record.sourceId : record.organizationSourceId;
  return id ? [id] : [];
}

function loadAffiliations(tx: Db, firmId: string, personIds: string[]) {
  return queryRows<{ person_id: string; organization_id: string; title: string | null }>(
    tx,
    sql`select person_id, organization_id, title from affiliations where firm_id = ${firmId} and person_id = any(array${uuidSet(personIds)})`,
  );
}

function toPersonState(row: PersonRow): PersonState {
  return {
    id: row.id,
    isNew: false,
    dirty: false,
    fullName: row.full_name,
    emails: row.emails,
    phones: row.phones,
    title: row.title,
    birthday: row.birthday,
    addresses: row.addresses,
    notes: row.notes,
    organizations: new Map(),
  };
}
