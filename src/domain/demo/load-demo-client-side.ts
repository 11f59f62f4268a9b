/**
 * The client's side of the demo firm (issue 11): a few open needs shared with one of their people, what those
 * clients did on their pages — confirmed the problem, ticked off their steps, commented, said "not quite",
 * checked in on trust over two years — a "what I heard" recap they corrected, and the lead's inbox (the last
 * week unread). Built from the needs and conversations already loaded, inserted directly as history (as
 * load-demo-practices.ts does). The links' secrets are thrown away: a demo user makes a new address to open one.
 */
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import {
  clientActs,
  clientComments,
  conversationPeople,
  conversations,
  journeySteps,
  needPeople,
  needs,
  notifications,
  people,
  problemStatementConfirmations,
  problemStatements,
  recapReplies,
  shareLinks,
  statementSuggestions,
  trustCheckIns,
} from '../../db/schema.ts';
import type { ClientActKind } from '../../common/client-side.ts';
import { utcDay } from '../../common/days.ts';
import type { Notes } from '../../common/limits.ts';
import { defaultRecapParts, draftRecap } from '../../common/recap-draft.ts';
import { newShareToken, shareTokenHash } from '../sharing/share-token.ts';

const DAY_MS = 86_400_000;

export interface DemoClientSideCounts {
  shareLinks: number;
  clientActs: number;
}

/** What the demo's clients wrote, in their own voice. */
const words = {
  stepComment: 'Our board meets on the 14th — can we have the numbers a week before, so I can brief the chair?',
  planComment: 'This matches what we discussed. I have added our procurement lead to the thread.',
  suggestion: 'Close, but it is less about the system and more that nobody owns the reconciliations between sites.',
  closingComment: 'Thank you for laying this out so clearly — it helped me explain it internally.',
  checkInComment: 'You were straight with us when the timeline slipped. That counted.',
  correction: 'Nearly: the deadline is the lender’s covenant test in June, not the audit.',
};

/** Trust check-ins of the first client, two years apart to now: trust built slowly, as it should be. */
const checkIns = [
  { daysAgo: 610, scores: { credibility: 4, reliability: 3, intimacy: 3, selfOrientation: 4 } },
  { daysAgo: 330, scores: { credibility: 5, reliability: 5, intimacy: 4, selfOrientation: 5 } },
  { daysAgo: 125, scores: { credibility: 6, reliability: 5, intimacy: 5, selfOrientation: 6 } },
  { daysAgo: 19, scores: { credibility: 6, reliability: 6, intimacy: 5, selfOrientation: 6 } },
];

type Act = Omit<typeof clientActs.$inferInsert, 'firmId' | 'personId'> & { kind: ClientActKind; createdAt: Date };

async function sharedNeeds(tx: Db, firmId: string) {
  const open = await tx
    .select({ id: needs.id, leadId: needs.leadMemberId, createdBy: needs.createdBy })
    .from(needs)
    .where(and(eq(needs.firmId, firmId), isNull(needs.outcome)))
    .orderBy(asc(needs.title))
    .limit(3);
  const result = [];
  for (const need of open) {
    const [person] = await tx
      .select({ id: people.id, fullName: people.fullName })
      .from(needPeople)
      .innerJoin(people, and(eq(people.firmId, needPeople.firmId), eq(people.id, needPeople.personId)))
      .where(and(eq(needPeople.firmId, firmId), eq(needPeople.needId, need.id)))
      .orderBy(asc(people.fullName))
      .limit(1);
    const [statement] = await tx
      .select({ version: problemStatements.version })
      .from(problemStatements)
      .where(and(eq(problemStatements.firmId, firmId), eq(problemStatements.needId, need.id)))
      .orderBy(desc(problemStatements.version))
      .limit(1);
    const steps = await tx
      .select({ id: journeySteps.id, title: journeySteps.title, owner: journeySteps.ownerSide, status: journeySteps.status, targetOn: journeySteps.targetOn })
      .from(journeySteps)
      .where(and(eq(journeySteps.firmId, firmId), eq(journeySteps.needId, need.id)))
      .orderBy(asc(journeySteps.position));
    if (person) result.push({ ...need, personId: person.id, personName: person.fullName, version: statement?.version ?? null, steps });
  }
  return result;
}

export async function loadDemoClientSide(tx: Db, context: { firmId: string; now: Date; ownerId: string }): Promise<DemoClientSideCounts> {
  const { firmId, now } = context;
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const counts: DemoClientSideCounts = { shareLinks: 0, clientActs: 0 };

  /** A link that was (or still is) open for `days` from `createdDaysAgo`. */
  async function link(values: { personId: string; needId?: string; conversationId?: string; recapText?: string; createdBy: string | null }, createdDaysAgo: number, days = 60) {
    const createdAt = ago(createdDaysAgo);
    const [row] = await tx
      .insert(shareLinks)
      .values({
        firmId,
        ...values,
        tokenHash: shareTokenHash(newShareToken()),
        expiresAt: new Date(createdAt.getTime() + days * DAY_MS),
        lastOpenedAt: ago(Math.max(createdDaysAgo - 3, 1)),
        opens: 4,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: shareLinks.id });
    counts.shareLinks += 1;
    return row!.id;
  }

  /** Records an act and puts it in the lead's inbox, read unless it is from the last week. */
  async function act(personId: string, recipient: string, values: Act) {
    const [row] = await tx.insert(clientActs).values({ firmId, personId, ...values }).returning({ id: clientActs.id });
    const readAt = values.createdAt.getTime() < now.getTime() - 7 * DAY_MS ? new Date(values.createdAt.getTime() + DAY_MS / 4) : null;
    await tx.insert(notifications).values({ firmId, memberId: recipient, actId: row!.id, createdAt: values.createdAt, readAt });
    counts.clientActs += 1;
  }

  const shared = await sharedNeeds(tx, firmId);
  for (const [index, need] of shared.entries()) {
    const lead = need.leadId ?? need.createdBy ?? context.ownerId;
    const base = { personId: need.personId, needId: need.id, createdBy: lead };
    const linkId = await link(base, 21 - index * 3);
    const step = (owner: string) => need.steps.find((s) => s.owner === owner && s.status !== 'done' && s.status !== 'skipped');
    const on = { shareLinkId: linkId, needId: need.id };

    if (index === 0) {
      // Trust over two years: earlier links, long expired, each carried a check-in.
      for (const [i, checkIn] of checkIns.entries()) {
        const checkInLink = i === checkIns.length - 1 ? linkId : await link(base, checkIn.daysAgo + 2);
        const [row] = await tx
          .insert(trustCheckIns)
          .values({ firmId, personId: need.personId, memberId: lead, shareLinkId: checkInLink, ...checkIn.scores, comment: i === 2 ? words.checkInComment : null, createdAt: ago(checkIn.daysAgo) })
          .returning({ id: trustCheckIns.id });
        await act(need.personId, lead, { kind: 'checked_in', shareLinkId: checkInLink, needId: need.id, checkInId: row!.id, createdAt: ago(checkIn.daysAgo) });
      }
      if (need.version) {
        const confirmed = await tx
          .insert(problemStatementConfirmations)
          .values({ firmId, needId: need.id, version: need.version, personId: need.personId, how: 'share_page', confirmedAt: ago(18), createdAt: ago(18) })
          .onConflictDoNothing()
          .returning({ version: problemStatementConfirmations.version });
        if (confirmed.length > 0) await act(need.personId, lead, { kind: 'confirmed', ...on, statementVersion: need.version, createdAt: ago(18) });
      }
      // A step not yet due, so ticking it does not quietly mend a journey the demo shows at risk.
      const mine = need.steps.find((s) => s.owner === 'client' && s.status === 'planned' && s.targetOn !== null && s.targetOn > utcDay(now));
      if (mine) {
        await tx
          .update(journeySteps)
          .set({ status: 'done', completedOn: utcDay(ago(4)), updatedAt: ago(4) })
          .where(and(eq(journeySteps.firmId, firmId), eq(journeySteps.id, mine.id)));
        await act(need.personId, lead, { kind: 'step_completed', ...on, stepId: mine.id, stepTitle: mine.title, createdAt: ago(4) });
      }
      const commented = step('both') ?? step('us') ?? need.steps[0];
      if (commented) {
        const [comment] = await tx
          .insert(clientComments)
          .values({ firmId, shareLinkId: linkId, personId: need.personId, needId: need.id, stepId: commented.id, text: words.stepComment, createdAt: ago(2) })
          .returning({ id: clientComments.id });
        await act(need.personId, lead, { kind: 'commented', ...on, stepId: commented.id, stepTitle: commented.title, commentId: comment!.id, createdAt: ago(2) });
      }
      await addCorrectedRecap(need.personId, need.personName, lead);
    } else if (index === 1 && need.version) {
      const [suggestion] = await tx
        .insert(statementSuggestions)
        .values({ firmId, needId: need.id, version: need.version, personId: need.personId, shareLinkId: linkId, text: words.suggestion, createdAt: ago(1) })
        .returning({ id: statementSuggestions.id });
      await act(need.personId, lead, { kind: 'suggested', ...on, statementVersion: need.version, suggestionId: suggestion!.id, createdAt: ago(1) });
    } else {
      const [comment] = await tx
        .insert(clientComments)
        .values({ firmId, shareLinkId: linkId, personId: need.personId, needId: need.id, text: index === 1 ? words.planComment : words.closingComment, createdAt: ago(10) })
        .returning({ id: clientComments.id });
      await act(need.personId, lead, { kind: 'commented', ...on, commentId: comment!.id, createdAt: ago(10) });
    }
  }

  /** The first client's latest conversation played back to them, and their correction. */
  async function addCorrectedRecap(personId: string, personName: string, lead: string) {
    const [conversation] = await tx
      .select({ id: conversations.id, notes: conversations.notes, summary: conversations.summary })
      .from(conversationPeople)
      .innerJoin(conversations, and(eq(conversations.firmId, conversationPeople.firmId), eq(conversations.id, conversationPeople.conversationId)))
      .where(and(eq(conversationPeople.firmId, firmId), eq(conversationPeople.personId, personId)))
      .orderBy(desc(conversationPeople.occurredAt))
      .limit(1);
    if (!conversation) return;
    const notes = conversation.notes as Notes;
    const recapText = draftRecap({ notes, summary: conversation.summary, include: defaultRecapParts(notes, conversation.summary), clientName: personName });
    if (!recapText) return;
    const linkId = await link({ personId, conversationId: conversation.id, recapText, createdBy: lead }, 6);
    const [reply] = await tx
      .insert(recapReplies)
      .values({ firmId, shareLinkId: linkId, personId, conversationId: conversation.id, agrees: false, correction: words.correction, createdAt: ago(5) })
      .returning({ id: recapReplies.id });
    await act(personId, lead, { kind: 'recap_answered', shareLinkId: linkId, conversationId: conversation.id, replyId: reply!.id, createdAt: ago(5) });
  }

  return counts;
}
