/**
 * Imports a Yellowpad export (decision 022) into the actor's firm, all or nothing in one transaction:
 * organisations, people (title, birthday, addresses, emails, phones, notes, cadence), affiliations, and
 * conversations with their summary, notes and participants. Every record gets a new id, so one export can
 * go into any firm; members are matched by email. Re-importing the same export adds nothing: people and
 * organisations are matched through their links to the exported ids (then email or name), conversations
 * by moment, summary and people. Rows that do not fit are left out and listed in the report.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { members } from '../../db/schema.ts';
import {
  affiliationRow,
  conversationMemberRow,
  conversationPersonRow,
  conversationRow,
  memberRow,
  organizationRow,
  personRow,
} from '../../importing/yellowpad-export/export-rows.ts';
import { readFirmExport, type ExportRowError } from '../../importing/yellowpad-export/read-firm-export.ts';
import type { Actor } from '../actor.ts';
import type { ImportContext } from './firm-export/import-context.ts';
import { importAffiliations } from './firm-export/import-affiliations.ts';
import { importConversations } from './firm-export/import-conversations.ts';
import { importOrganizations } from './firm-export/import-organizations.ts';
import { importPeople } from './firm-export/import-people.ts';

export interface FirmImportReport {
  /** The exported firm, from the manifest. */
  from: { name: string; slug: string; exportedAt: string };
  created: { people: number; organizations: number; affiliations: number; conversations: number };
  /** People, organisations and conversations already in the firm (matched, not created again). */
  skipped: number;
  /** Rows left out, each naming its file and position. */
  errors: ExportRowError[];
}

export async function importFirmExport(db: Db, actor: Pick<Actor, 'firmId' | 'memberId'>, bytes: Uint8Array): Promise<FirmImportReport> {
  const contents = readFirmExport(bytes);
  const errors: ExportRowError[] = [];
  const rows = {
    members: contents.rows('members', memberRow, errors),
    organizations: contents.rows('organizations', organizationRow, errors),
    people: contents.rows('people', personRow, errors),
    affiliations: contents.rows('affiliations', affiliationRow, errors),
    conversations: contents.rows('conversations', conversationRow, errors),
    conversationPeople: contents.rows('conversation_people', conversationPersonRow, errors),
    conversationMembers: contents.rows('conversation_members', conversationMemberRow, errors),
  };
  return db.transaction(async (tx) => {
    const ctx: ImportContext = {
      tx,
      actor,
      people: new Map(),
      organizations: new Map(),
      members: await membersByEmail(tx, actor.firmId, rows.members),
      created: { people: 0, organizations: 0, affiliations: 0, conversations: 0 },
      skipped: 0,
      errors,
    };
    await importOrganizations(ctx, rows.organizations);
    await importPeople(ctx, rows.people);
    await importAffiliations(ctx, rows.affiliations);
    await importConversations(ctx, rows.conversations, rows.conversationPeople, rows.conversationMembers);
    const { name, slug } = contents.manifest.firm;
    return { from: { name, slug, exportedAt: contents.manifest.exportedAt }, created: ctx.created, skipped: ctx.skipped, errors };
  });
}

/** Exported member id → this firm's member with the same email. */
async function membersByEmail(tx: Db, firmId: string, exported: { id: string; email: string }[]): Promise<Map<string, string>> {
  const ours = await tx.select({ id: members.id, email: members.email }).from(members).where(eq(members.firmId, firmId));
  const byEmail = new Map(ours.map((m) => [m.email.toLowerCase(), m.id]));
  return new Map(exported.flatMap((m) => (byEmail.has(m.email.toLowerCase()) ? [[m.id, byEmail.get(m.email.toLowerCase())!] as const] : [])));
}
