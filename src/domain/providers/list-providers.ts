/**
 * The provider directory by name, page by page (keyset on lower(name), id: providers_name_idx). The search
 * matches the name or what they are good at; a firm's directory is small, so a plain ILIKE is enough.
 */
import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { providers } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { decodeKeyAndId, encodeCursor, likePattern } from '../support/cursor.ts';
import type { ProviderRecord } from './provider-fields.ts';
import { loadReferralsOutCounts } from './provider-referral-counts.ts';

export interface ListProvidersInput {
  q?: string;
  limit: number;
  cursor?: string;
}

export async function listProviders(db: Db, actor: Actor, input: ListProvidersInput): Promise<{ items: ProviderRecord[]; nextCursor: string | null }> {
  const q = input.q?.trim();
  const conditions = [eq(providers.firmId, actor.firmId)];
  if (q) {
    const pattern = likePattern(q);
    conditions.push(or(sql`${providers.name} ilike ${pattern}`, sql`${providers.goodAt} ilike ${pattern}`)!);
  }
  if (input.cursor) {
    const [name, id] = decodeKeyAndId(input.cursor);
    conditions.push(sql`(lower(${providers.name}), ${providers.id}) > (${name}, ${id}::uuid)`);
  }
  const rows = await db
    .select({ provider: providers, sortKey: sql<string>`lower(${providers.name})` })
    .from(providers)
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${providers.name})`), asc(providers.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const counts = await loadReferralsOutCounts(db, actor.firmId, page.map((r) => r.provider.id));
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ ...r.provider, referralsOut: counts.get(r.provider.id) ?? 0 })),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.sortKey, last.provider.id]) : null,
  };
}
