/**
 * Share links as the professional sees them: for whom, about what, how long they work, whether and how
 * often the client opened them, and (for a recap) the client's answer. Never the token: only its hash exists.
 */
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { members, needs, people, recapReplies, shareLinks } from '../../db/schema.ts';
import { shareStateOf } from './share-expiry.ts';

export const shareLinkListMax = 200;

export type ShareLinkRow = typeof shareLinks.$inferSelect;

export interface ShareLinkView {
  link: ShareLinkRow;
  person: { id: string; fullName: string; emails: string[] };
  needTitle: string | null;
  creator: { id: string; name: string } | null;
  reply: { agrees: boolean; correction: string | null; at: Date } | null;
  state: 'active' | 'expired' | 'revoked';
}

/** The firm's links matching `where` (newest first), each with its person, creator, need title and reply. */
export async function loadShareLinks(db: Db, firmId: string, where: SQL | undefined, now: Date): Promise<ShareLinkView[]> {
  const rows = await db
    .select({
      link: shareLinks,
      personId: people.id,
      fullName: people.fullName,
      emails: people.emails,
      needTitle: needs.title,
      creatorId: members.id,
      creatorName: members.name,
      replyAgrees: recapReplies.agrees,
      replyCorrection: recapReplies.correction,
      replyAt: recapReplies.createdAt,
    })
    .from(shareLinks)
    .innerJoin(people, and(eq(people.firmId, shareLinks.firmId), eq(people.id, shareLinks.personId)))
    .leftJoin(needs, and(eq(needs.firmId, shareLinks.firmId), eq(needs.id, shareLinks.needId)))
    .leftJoin(members, and(eq(members.firmId, shareLinks.firmId), eq(members.id, shareLinks.createdBy)))
    .leftJoin(recapReplies, and(eq(recapReplies.firmId, shareLinks.firmId), eq(recapReplies.shareLinkId, shareLinks.id)))
    .where(and(eq(shareLinks.firmId, firmId), where))
    .orderBy(desc(shareLinks.createdAt), desc(shareLinks.id))
    .limit(shareLinkListMax);
  return rows.map((r) => ({
    link: r.link,
    person: { id: r.personId, fullName: r.fullName, emails: r.emails },
    needTitle: r.needTitle,
    creator: r.creatorId && r.creatorName ? { id: r.creatorId, name: r.creatorName } : null,
    reply: r.replyAgrees === null || r.replyAt === null ? null : { agrees: r.replyAgrees, correction: r.replyCorrection, at: r.replyAt },
    state: shareStateOf(r.link, now),
  }));
}

/** One link of the firm, or undefined. */
export async function loadShareLink(db: Db, firmId: string, id: string, now: Date): Promise<ShareLinkView | undefined> {
  const [view] = await loadShareLinks(db, firmId, eq(shareLinks.id, id), now);
  return view;
}
