/**
 * The client's side (issue 11, decisions 024 and 025): share links — a bearer secret per client person and
 * subject, stored only as a hash — what the client did on their page (client_acts, with the content of
 * each act in its own table), the members those acts notify, and the claims that batch the emails.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, pgTable, primaryKey, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clientActKinds, suggestionStatuses } from '../../common/client-side.ts';
import { createdAt, firmId, id, nonBlankText, sqlList, stamp, updatedAt, version } from './columns.ts';
import { conversations, members, people } from './foundation.ts';
import { journeySteps, needs } from './needs.ts';

/**
 * A private link for one client person to one subject: a need's plan (need_id) or a conversation's
 * "what I heard" recap (conversation_id, recap_text). Every act through it is that person's.
 */
export const shareLinks = pgTable(
  'share_links',
  {
    firmId: firmId(),
    id: id(),
    personId: uuid('person_id').notNull(),
    needId: uuid('need_id'),
    conversationId: uuid('conversation_id'),
    /** The recap as the professional shared it (recap links only); the conversation's notes are never changed. */
    recapText: text('recap_text'),
    /** SHA-256 of the secret in the link; the secret is shown once and never stored. */
    tokenHash: text('token_hash').notNull(),
    expiresAt: stamp('expires_at').notNull(),
    revokedAt: stamp('revoked_at'),
    lastOpenedAt: stamp('last_opened_at'),
    opens: integer('opens').notNull().default(0),
    lastEmailedAt: stamp('last_emailed_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** The member who shared it; null once that member is removed. */
    createdBy: uuid('created_by'),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    // The client's page finds its link by the secret's hash alone.
    uniqueIndex('share_links_token_hash_key').on(t.tokenHash),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.needId], foreignColumns: [needs.firmId, needs.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.conversationId], foreignColumns: [conversations.firmId, conversations.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.createdBy], foreignColumns: [members.firmId, members.id] }).onDelete('set null'),
    index('share_links_need_idx').on(t.firmId, t.needId).where(sql`${t.needId} is not null`),
    index('share_links_conversation_idx').on(t.firmId, t.conversationId).where(sql`${t.conversationId} is not null`),
    index('share_links_person_idx').on(t.firmId, t.personId),
    check('share_links_one_subject_check', sql`(${t.needId} is null) <> (${t.conversationId} is null)`),
    check('share_links_recap_check', sql`(${t.conversationId} is null) = (${t.recapText} is null)`),
    check('share_links_recap_text_check', nonBlankText(t.recapText)),
    check('share_links_opens_check', sql`${t.opens} >= 0`),
  ],
);

/** A client's "not quite…": their own words for a version of the problem statement, never applied silently. */
export const statementSuggestions = pgTable(
  'statement_suggestions',
  {
    firmId: firmId(),
    id: id(),
    needId: uuid('need_id').notNull(),
    /** The version they answered. */
    version: integer('version').notNull(),
    personId: uuid('person_id').notNull(),
    shareLinkId: uuid('share_link_id').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: suggestionStatuses }).notNull().default('open'),
    /** The working version made from it, when adopted. */
    adoptedVersion: integer('adopted_version'),
    resolvedAt: stamp('resolved_at'),
    resolvedBy: uuid('resolved_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.needId], foreignColumns: [needs.firmId, needs.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.shareLinkId], foreignColumns: [shareLinks.firmId, shareLinks.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.resolvedBy], foreignColumns: [members.firmId, members.id] }).onDelete('set null'),
    index('statement_suggestions_need_idx').on(t.firmId, t.needId, t.createdAt),
    check('statement_suggestions_text_check', nonBlankText(t.text)),
    check('statement_suggestions_status_check', sql`${t.status} in ${sqlList(suggestionStatuses)}`),
    check('statement_suggestions_adopted_check', sql`(${t.status} = 'adopted') = (${t.adoptedVersion} is not null)`),
    check('statement_suggestions_resolved_check', sql`(${t.status} = 'open') = (${t.resolvedAt} is null)`),
  ],
);

/** A client's comment on the plan, or on one step of it (plain text). */
export const clientComments = pgTable(
  'client_comments',
  {
    firmId: firmId(),
    id: id(),
    shareLinkId: uuid('share_link_id').notNull(),
    personId: uuid('person_id').notNull(),
    needId: uuid('need_id').notNull(),
    /** The step it is about; null for the plan as a whole (or once the step is removed). */
    stepId: uuid('step_id'),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.shareLinkId], foreignColumns: [shareLinks.firmId, shareLinks.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.needId], foreignColumns: [needs.firmId, needs.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.stepId], foreignColumns: [journeySteps.firmId, journeySteps.id] }).onDelete('set null'),
    index('client_comments_link_idx').on(t.firmId, t.shareLinkId, t.createdAt),
    check('client_comments_text_check', nonBlankText(t.text)),
  ],
);

/** The client's answer to a "what I heard" recap: yes, or not quite with their correction. One per link. */
export const recapReplies = pgTable(
  'recap_replies',
  {
    firmId: firmId(),
    id: id(),
    shareLinkId: uuid('share_link_id').notNull(),
    personId: uuid('person_id').notNull(),
    conversationId: uuid('conversation_id').notNull(),
    agrees: boolean('agrees').notNull(),
    /** Their own words; kept beside the conversation's notes, which are never overwritten. */
    correction: text('correction'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    uniqueIndex('recap_replies_link_key').on(t.firmId, t.shareLinkId),
    foreignKey({ columns: [t.firmId, t.shareLinkId], foreignColumns: [shareLinks.firmId, shareLinks.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.conversationId], foreignColumns: [conversations.firmId, conversations.id] }).onDelete('cascade'),
    check('recap_replies_correction_check', sql`${t.agrees} or length(btrim(${t.correction})) > 0`),
  ],
);

/**
 * The client's trust check-in: four statements on a 1–7 scale, higher is better on each (self-orientation is
 * asked as "they have my interests at heart"). Per person and per member who leads the relationship.
 */
export const trustCheckIns = pgTable(
  'trust_check_ins',
  {
    firmId: firmId(),
    id: id(),
    personId: uuid('person_id').notNull(),
    /** Who leads the relationship on our side: the need's lead, else who shared the link. */
    memberId: uuid('member_id'),
    shareLinkId: uuid('share_link_id'),
    credibility: smallint('credibility').notNull(),
    reliability: smallint('reliability').notNull(),
    intimacy: smallint('intimacy').notNull(),
    /** 7 = "they have my interests at heart" strongly agreed, i.e. low self-orientation. */
    selfOrientation: smallint('self_orientation').notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.memberId], foreignColumns: [members.firmId, members.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.shareLinkId], foreignColumns: [shareLinks.firmId, shareLinks.id] }).onDelete('set null'),
    index('trust_check_ins_person_idx').on(t.firmId, t.personId, t.createdAt.desc()),
    index('trust_check_ins_member_idx').on(t.firmId, t.memberId, t.createdAt.desc()),
    check('trust_check_ins_scores_check', sql`${t.credibility} between 1 and 7 and ${t.reliability} between 1 and 7 and ${t.intimacy} between 1 and 7 and ${t.selfOrientation} between 1 and 7`),
  ],
);

/**
 * What a client did on their page, one row per act, in time order: the need's and the person's timeline of
 * client activity, and what notifications point at. The act's content lives in the table its id names.
 */
export const clientActs = pgTable(
  'client_acts',
  {
    firmId: firmId(),
    id: id(),
    kind: text('kind', { enum: clientActKinds }).notNull(),
    personId: uuid('person_id').notNull(),
    shareLinkId: uuid('share_link_id').notNull(),
    needId: uuid('need_id'),
    conversationId: uuid('conversation_id'),
    /** The problem statement's version (confirmed, suggested). */
    statementVersion: integer('statement_version'),
    stepId: uuid('step_id'),
    /** The step's title when it was ticked or commented on, so the act still reads after a rename or removal. */
    stepTitle: text('step_title'),
    commentId: uuid('comment_id'),
    suggestionId: uuid('suggestion_id'),
    replyId: uuid('reply_id'),
    checkInId: uuid('check_in_id'),
    /** The member the act is emailed to (when email is on); null: no email. */
    emailMemberId: uuid('email_member_id'),
    emailedAt: stamp('emailed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.shareLinkId], foreignColumns: [shareLinks.firmId, shareLinks.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.needId], foreignColumns: [needs.firmId, needs.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.conversationId], foreignColumns: [conversations.firmId, conversations.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.stepId], foreignColumns: [journeySteps.firmId, journeySteps.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.commentId], foreignColumns: [clientComments.firmId, clientComments.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.suggestionId], foreignColumns: [statementSuggestions.firmId, statementSuggestions.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.replyId], foreignColumns: [recapReplies.firmId, recapReplies.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.checkInId], foreignColumns: [trustCheckIns.firmId, trustCheckIns.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.emailMemberId], foreignColumns: [members.firmId, members.id] }).onDelete('set null'),
    index('client_acts_person_idx').on(t.firmId, t.personId, t.createdAt.desc(), t.id.desc()),
    index('client_acts_need_idx').on(t.firmId, t.needId, t.createdAt.desc(), t.id.desc()).where(sql`${t.needId} is not null`),
    // The email sweep reads only the acts still waiting for their email.
    index('client_acts_email_pending_idx').on(t.firmId, t.emailMemberId).where(sql`${t.emailMemberId} is not null and ${t.emailedAt} is null`),
    check('client_acts_kind_check', sql`${t.kind} in ${sqlList(clientActKinds)}`),
    check('client_acts_subject_check', sql`(${t.needId} is null) <> (${t.conversationId} is null)`),
  ],
);

/** An act in a member's inbox: one row per member it concerns, with their own read state. */
export const notifications = pgTable(
  'notifications',
  {
    firmId: firmId(),
    memberId: uuid('member_id').notNull(),
    actId: uuid('act_id').notNull(),
    /** The act's time, copied so a member's inbox is one index range scan, newest first. */
    createdAt: stamp('created_at').notNull(),
    readAt: stamp('read_at'),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.memberId, t.actId] }),
    foreignKey({ columns: [t.firmId, t.memberId], foreignColumns: [members.firmId, members.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.actId], foreignColumns: [clientActs.firmId, clientActs.id] }).onDelete('cascade'),
    index('notifications_inbox_idx').on(t.firmId, t.memberId, t.createdAt.desc(), t.actId.desc()),
    index('notifications_unread_idx').on(t.firmId, t.memberId).where(sql`${t.readAt} is null`),
  ],
);

/**
 * When a member was last emailed about a subject's client activity (a need, or a recap's conversation):
 * claiming the next email is one conditional upsert, so at most one goes out per subject and hour however
 * many servers sweep.
 */
export const clientNoticeSends = pgTable(
  'client_notice_sends',
  {
    firmId: firmId(),
    memberId: uuid('member_id').notNull(),
    /** The need's or the conversation's id (no foreign key: the claim outlives neither, and is only a clock). */
    subjectId: uuid('subject_id').notNull(),
    lastSentAt: stamp('last_sent_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.memberId, t.subjectId] }),
    foreignKey({ columns: [t.firmId, t.memberId], foreignColumns: [members.firmId, members.id] }).onDelete('cascade'),
  ],
);
