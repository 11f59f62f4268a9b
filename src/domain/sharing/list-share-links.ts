/** The links shared about one need, one conversation or with one person: what the share panels list. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { conversations, needs, people, shareLinks } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError, notFound } from '../errors.ts';
import { loadShareLinks, type ShareLinkView } from './share-link-view.ts';

export interface ShareLinkFilter {
  needId?: string;
  conversationId?: string;
  personId?: string;
}

/** The filter's record must be the firm's (another firm's reads as not found, never as an empty list). */
async function requireRecord(db: Db, actor: Actor, filter: ShareLinkFilter) {
  const [table, id, what] = filter.needId
    ? ([needs, filter.needId, 'need'] as const)
    : filter.conversationId
      ? ([conversations, filter.conversationId, 'conversation'] as const)
      : ([people, filter.personId!, 'person'] as const);
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.firmId, actor.firmId), eq(table.id, id)))
    .limit(1);
  if (!row) throw notFound(what);
}

export async function listShareLinks(db: Db, actor: Actor, filter: ShareLinkFilter, now: Date): Promise<ShareLinkView[]> {
  const given = [filter.needId, filter.conversationId, filter.personId].filter(Boolean);
  if (given.length !== 1) {
    throw new AppError('validation_failed', 'Say whose links to list: exactly one of needId, conversationId or personId.', {
      fields: { needId: 'give exactly one of needId, conversationId, personId' },
    });
  }
  await requireRecord(db, actor, filter);
  const where = filter.needId
    ? eq(shareLinks.needId, filter.needId)
    : filter.conversationId
      ? eq(shareLinks.conversationId, filter.conversationId)
      : eq(shareLinks.personId, filter.personId!);
  return loadShareLinks(db, actor.firmId, where, now);
}
