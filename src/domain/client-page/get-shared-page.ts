/**
 * What the client's page shows (issue 11): only what was shared with this person — the need's plan (its
 * title, the current problem statement, the journey in the professional's order, the need's commitments both
 * ways) or a recap and their answer; what they wrote there; and whether the trust check-in is offered.
 * Nothing else of the firm: no notes, no other people, no internal step notes.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import {
  clientComments,
  commitments,
  conversations,
  journeySteps,
  members,
  needs,
  problemStatementConfirmations,
  problemStatements,
  recapReplies,
  statementSuggestions,
} from '../../db/schema.ts';
import { checkInOffer } from './check-in-offer.ts';
import { leadOf } from './record-client-act.ts';
import type { OpenLink } from './open-share-link.ts';

async function memberName(db: Db, firmId: string, memberId: string | null) {
  if (!memberId) return null;
  const [row] = await db
    .select({ name: members.name })
    .from(members)
    .where(and(eq(members.firmId, firmId), eq(members.id, memberId)))
    .limit(1);
  return row ? { name: row.name } : null;
}

async function statementFor(db: Db, link: OpenLink, needId: string) {
  const [current] = await db
    .select({ version: problemStatements.version, text: problemStatements.text })
    .from(problemStatements)
    .where(and(eq(problemStatements.firmId, link.firmId), eq(problemStatements.needId, needId)))
    .orderBy(desc(problemStatements.version))
    .limit(1);
  if (!current) return null;
  const [confirmed] = await db
    .select({ at: problemStatementConfirmations.confirmedAt })
    .from(problemStatementConfirmations)
    .where(
      and(
        eq(problemStatementConfirmations.firmId, link.firmId),
        eq(problemStatementConfirmations.needId, needId),
        eq(problemStatementConfirmations.version, current.version),
        eq(problemStatementConfirmations.personId, link.personId),
      ),
    )
    .limit(1);
  const [suggestion] = await db
    .select({ text: statementSuggestions.text, at: statementSuggestions.createdAt })
    .from(statementSuggestions)
    .where(
      and(
        eq(statementSuggestions.firmId, link.firmId),
        eq(statementSuggestions.needId, needId),
        eq(statementSuggestions.version, current.version),
        eq(statementSuggestions.personId, link.personId),
      ),
    )
    .orderBy(desc(statementSuggestions.createdAt))
    .limit(1);
  return { ...current, confirmedByYou: confirmed !== undefined, yourSuggestion: suggestion ?? null };
}

async function planOf(db: Db, link: OpenLink, needId: string) {
  const [need] = await db
    .select({ title: needs.title, outcome: needs.outcome })
    .from(needs)
    .where(and(eq(needs.firmId, link.firmId), eq(needs.id, needId)))
    .limit(1);
  const steps = await db
    .select({ id: journeySteps.id, title: journeySteps.title, owner: journeySteps.ownerSide, targetDate: journeySteps.targetOn, status: journeySteps.status })
    .from(journeySteps)
    .where(and(eq(journeySteps.firmId, link.firmId), eq(journeySteps.needId, needId)))
    .orderBy(asc(journeySteps.position), asc(journeySteps.createdAt));
  const promises = await db
    .select({ id: commitments.id, side: commitments.side, description: commitments.description, dueOn: commitments.dueOn, status: commitments.status, keptOn: commitments.keptOn })
    .from(commitments)
    .where(and(eq(commitments.firmId, link.firmId), eq(commitments.needId, needId)))
    .orderBy(asc(commitments.dueOn), asc(commitments.id));
  return { title: need!.title, closed: need!.outcome !== null, problemStatement: await statementFor(db, link, needId), steps, commitments: promises };
}

async function recapOf(db: Db, link: OpenLink, conversationId: string) {
  const [conversation] = await db
    .select({ occurredAt: conversations.occurredAt })
    .from(conversations)
    .where(and(eq(conversations.firmId, link.firmId), eq(conversations.id, conversationId)))
    .limit(1);
  const [reply] = await db
    .select({ agrees: recapReplies.agrees, correction: recapReplies.correction, at: recapReplies.createdAt })
    .from(recapReplies)
    .where(and(eq(recapReplies.firmId, link.firmId), eq(recapReplies.shareLinkId, link.id)))
    .limit(1);
  return { text: link.recapText!, conversationAt: conversation!.occurredAt, reply: reply ?? null };
}

/** This person's own comments on this need's plan, oldest first. */
async function commentsOf(db: Db, link: OpenLink, needId: string) {
  return db
    .select({ id: clientComments.id, stepId: clientComments.stepId, text: clientComments.text, at: clientComments.createdAt })
    .from(clientComments)
    .where(and(eq(clientComments.firmId, link.firmId), eq(clientComments.needId, needId), eq(clientComments.personId, link.personId)))
    .orderBy(asc(clientComments.createdAt), asc(clientComments.id));
}

export async function getSharedPage(db: Db, link: OpenLink, now: Date) {
  return {
    kind: link.needId ? ('need' as const) : ('recap' as const),
    firm: { name: link.firmName },
    person: { fullName: link.personName },
    from: await memberName(db, link.firmId, leadOf(link)),
    expiresAt: link.expiresAt,
    need: link.needId ? await planOf(db, link, link.needId) : undefined,
    recap: link.conversationId ? await recapOf(db, link, link.conversationId) : undefined,
    comments: link.needId ? await commentsOf(db, link, link.needId) : [],
    checkIn: await checkInOffer(db, link.firmId, link.personId, now),
  };
}

export type SharedPage = Awaited<ReturnType<typeof getSharedPage>>;
