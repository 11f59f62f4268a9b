/**
 * Turns the demo's practice content into database rows: ids assigned, content keys resolved, every date
 * placed on its organisation's arc or on `now`. Pure (no database), so the content checks can build the
 * rows for many `now`s and seeds in a moment; load-demo-practices.ts inserts them.
 */
import { randomUUID } from 'node:crypto';
import type { closeOuts, commitmentRenegotiations, commitments, followUps, gifts, incidents, providers, referrals } from '../../db/schema.ts';
import { addDemoNeed, emptyNeedRows, type DemoNeedRows } from './build-demo-needs.ts';
import { demoCadences } from './demo-cadences.ts';
import { lookup } from './demo-lookup.ts';
import { demoMembers } from './demo-organizations.ts';
import type { DemoCloseOut, DemoCommitment, DemoFollowUp, DemoGift, DemoIncident, DemoReferral, DemoStandaloneFollowUp } from './demo-practice-types.ts';
import { demoPractices } from './demo-practices.ts';
import { demoProviders } from './demo-providers.ts';
import { DemoScope, latest, type DemoPracticeContext } from './demo-scope.ts';
import type { DemoMemberKey } from './demo-types.ts';

export interface DemoPracticeRows extends DemoNeedRows {
  incidents: (typeof incidents.$inferInsert)[];
  commitments: (typeof commitments.$inferInsert)[];
  renegotiations: (typeof commitmentRenegotiations.$inferInsert)[];
  gifts: (typeof gifts.$inferInsert)[];
  providers: (typeof providers.$inferInsert)[];
  referrals: (typeof referrals.$inferInsert)[];
  followUps: (typeof followUps.$inferInsert)[];
  closeOuts: (typeof closeOuts.$inferInsert)[];
  /** Stay-in-touch cadences to set on people. */
  cadences: { personId: string; days: number }[];
}

const HOUR_MS = 3_600_000;
/** A close-out is recorded shortly after its conversation. */
const CLOSE_OUT_DELAY_MS = 1.5 * HOUR_MS;

/** Builds every practice row of the demo firm. */
export function buildDemoPracticeRows(context: DemoPracticeContext): DemoPracticeRows {
  const rows: DemoPracticeRows = {
    ...emptyNeedRows(),
    incidents: [],
    commitments: [],
    renegotiations: [],
    gifts: [],
    providers: [],
    referrals: [],
    followUps: [],
    closeOuts: [],
    cadences: Object.entries(demoCadences).map(([key, days]) => ({ personId: lookup(context.people, key, 'person'), days })),
  };
  const ownerId = lookup(context.members, demoMembers.find((m) => m.role === 'owner')!.key, 'member');
  const providerIds = new Map<string, string>();
  for (const provider of demoProviders) {
    const { key, ...fields } = provider;
    const id = randomUUID();
    providerIds.set(key, id);
    rows.providers.push({ id, firmId: context.firmId, ...fields, createdAt: context.now, updatedAt: context.now, createdBy: ownerId });
  }

  for (const practices of demoPractices) {
    const scope = new DemoScope(context, practices.org);
    for (const need of practices.needs) addDemoNeed(rows, scope, need);
    for (const incident of practices.incidents ?? []) addIncident(rows, scope, incident);
    for (const commitment of practices.commitments) addCommitment(rows, scope, commitment);
    for (const gift of practices.gifts ?? []) addGift(rows, scope, gift);
    for (const referral of practices.referrals ?? []) addReferral(rows, scope, referral, providerIds);
    for (const closeOut of practices.closeOuts) addCloseOut(rows, scope, closeOut);
    for (const followUp of practices.followUps ?? []) addStandaloneFollowUp(rows, scope, followUp);
  }
  return rows;
}

function addIncident(rows: DemoPracticeRows, scope: DemoScope, incident: DemoIncident): void {
  const id = randomUUID();
  scope.register('incident', incident.key, id);
  const reportedAt = scope.at(incident.reported);
  const step = (s: DemoIncident['acknowledged']) => [s ? scope.at(s.at) : null, s?.text ?? null] as const;
  const [acknowledgedAt, acknowledgement] = step(incident.acknowledged);
  const [explainedAt, explanation] = step(incident.explained);
  const [preventionAt, prevention] = step(incident.prevention);
  const [verifiedAt, verification] = step(incident.verified);
  rows.incidents.push({
    id,
    firmId: scope.firmId,
    title: incident.title,
    whatHappened: incident.whatHappened,
    reportedAt,
    personId: scope.person(incident.person),
    organizationId: scope.organizationId,
    needId: scope.idOf('need', incident.need),
    acknowledgedAt,
    acknowledgement,
    explainedAt,
    explanation,
    preventionAt,
    prevention,
    verifiedAt,
    verification,
    createdAt: reportedAt,
    updatedAt: latest(reportedAt, acknowledgedAt, explainedAt, preventionAt, verifiedAt),
    createdBy: scope.member(incident.by),
  });
}

/** A kept commitment is resolved at the end of the working day it was kept, never before it was made. */
function keptAt(keptOn: string, createdAt: Date, now: Date): Date {
  const endOfDay = Date.parse(`${keptOn}T17:00:00Z`);
  return new Date(Math.min(Math.max(endOfDay, createdAt.getTime() + HOUR_MS), now.getTime()));
}

function addCommitment(rows: DemoPracticeRows, scope: DemoScope, commitment: DemoCommitment): void {
  const id = randomUUID();
  const memberId = scope.member(commitment.member);
  const createdAt = scope.at(commitment.made);
  const originalDueOn = scope.day(commitment.due);
  let dueOn = originalDueOn;
  for (const renegotiation of commitment.renegotiated ?? []) {
    const toDueOn = scope.day(renegotiation.to);
    rows.renegotiations.push({
      firmId: scope.firmId,
      commitmentId: id,
      fromDueOn: dueOn,
      toDueOn,
      reason: renegotiation.reason,
      createdAt: scope.at(renegotiation.at),
      createdBy: memberId,
    });
    dueOn = toDueOn;
  }
  const keptOn = commitment.kept ? scope.day(commitment.kept) : null;
  const resolvedAt = keptOn ? keptAt(keptOn, createdAt, scope.now) : commitment.broken ? scope.at(commitment.broken.at) : null;
  const renegotiationCount = commitment.renegotiated?.length ?? 0;
  rows.commitments.push({
    id,
    firmId: scope.firmId,
    side: commitment.side,
    description: commitment.description,
    dueOn,
    originalDueOn,
    status: keptOn ? 'kept' : commitment.broken ? 'broken' : 'open',
    keptOn,
    brokenReason: commitment.broken?.reason ?? null,
    resolvedAt,
    renegotiationCount,
    memberId,
    personId: scope.person(commitment.person),
    organizationId: scope.organizationId,
    needId: scope.idOf('need', commitment.need),
    conversationId: scope.conversationId(commitment.made),
    incidentId: scope.idOf('incident', commitment.incident),
    createdAt,
    updatedAt: latest(createdAt, resolvedAt, ...rows.renegotiations.filter((r) => r.commitmentId === id).map((r) => r.createdAt)),
    createdBy: memberId,
    version: 1 + renegotiationCount + (resolvedAt ? 1 : 0),
  });
}

function addGift(rows: DemoPracticeRows, scope: DemoScope, gift: DemoGift): void {
  const id = randomUUID();
  scope.register('gift', gift.key, id);
  const createdAt = scope.at(gift.given);
  rows.gifts.push({
    id,
    firmId: scope.firmId,
    kind: gift.kind,
    title: gift.title,
    specificToClient: gift.specificToClient,
    riskTaken: gift.riskTaken ?? null,
    givenOn: scope.day(gift.given),
    reference: gift.reference ?? null,
    response: gift.response,
    responseNote: gift.responseNote ?? null,
    personId: scope.person(gift.person),
    organizationId: scope.organizationId,
    needId: scope.idOf('need', gift.need),
    conversationId: scope.conversationId(gift.given),
    createdAt,
    updatedAt: createdAt,
    createdBy: scope.member(gift.by),
  });
}

function addReferral(rows: DemoPracticeRows, scope: DemoScope, referral: DemoReferral, providerIds: ReadonlyMap<string, string>): void {
  const id = randomUUID();
  scope.register('referral', referral.key, id);
  const createdAt = scope.at(referral.on);
  rows.referrals.push({
    id,
    firmId: scope.firmId,
    direction: referral.direction,
    providerId: referral.provider ? lookup(providerIds, referral.provider, 'provider') : null,
    referredByPersonId: referral.referredByPerson ? scope.person(referral.referredByPerson) : null,
    referredByName: referral.referredByName ?? null,
    personId: scope.person(referral.person),
    organizationId: scope.organizationId,
    needId: scope.idOf('need', referral.need),
    conversationId: scope.conversationId(referral.on),
    reason: referral.reason,
    referredOn: scope.day(referral.on),
    createdAt,
    updatedAt: createdAt,
    createdBy: scope.member(referral.by),
  });
}

interface FollowUpOrigin {
  memberKey: DemoMemberKey;
  personKey: string;
  conversationId: string | null;
  createdAt: Date;
}

/** Adds a follow-up row and returns its id. */
function addFollowUp(rows: DemoPracticeRows, scope: DemoScope, followUp: DemoFollowUp, origin: FollowUpOrigin): string {
  const id = randomUUID();
  const memberId = scope.member(origin.memberKey);
  const doneAt = followUp.done ? scope.at(followUp.done) : null;
  const cancelledAt = followUp.cancelled ? scope.at(followUp.cancelled.at) : null;
  rows.followUps.push({
    id,
    firmId: scope.firmId,
    content: followUp.content,
    dueOn: scope.day(followUp.due),
    status: doneAt ? 'done' : cancelledAt ? 'cancelled' : 'open',
    memberId,
    personId: scope.person(origin.personKey),
    organizationId: scope.organizationId,
    needId: scope.idOf('need', followUp.need),
    conversationId: origin.conversationId,
    doneAt,
    cancelledAt,
    cancelReason: followUp.cancelled?.reason ?? null,
    snoozeCount: followUp.snoozed ?? 0,
    createdAt: origin.createdAt,
    updatedAt: latest(origin.createdAt, doneAt, cancelledAt),
    createdBy: memberId,
  });
  return id;
}

function addStandaloneFollowUp(rows: DemoPracticeRows, scope: DemoScope, followUp: DemoStandaloneFollowUp): void {
  addFollowUp(rows, scope, followUp, {
    memberKey: followUp.member,
    personKey: followUp.person,
    conversationId: scope.conversationId(followUp.made),
    createdAt: scope.at(followUp.made),
  });
}

/** The close-out of a conversation, by its first member, with its follow-up for its first person. */
function addCloseOut(rows: DemoPracticeRows, scope: DemoScope, closeOut: DemoCloseOut): void {
  const conversation = scope.conversation(closeOut.conv);
  const memberKey = conversation.script.members[0]!;
  const createdAt = new Date(Math.min(conversation.occurredAt.getTime() + CLOSE_OUT_DELAY_MS, scope.now.getTime()));
  const followUpId = closeOut.followUp
    ? addFollowUp(rows, scope, closeOut.followUp, { memberKey, personKey: conversation.script.people[0]!, conversationId: conversation.id, createdAt })
    : null;
  rows.closeOuts.push({
    firmId: scope.firmId,
    conversationId: conversation.id,
    referralId: scope.idOf('referral', closeOut.referral),
    valueAdd: closeOut.valueAdd ?? null,
    valueGiftId: scope.idOf('gift', closeOut.gift),
    followUpId,
    createdAt,
    createdBy: scope.member(memberKey),
  });
}
