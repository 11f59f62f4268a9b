/**
 * The shapes in which the demo firm's practice records are written: needs with their statement
 * histories and journeys, commitments both ways, incidents, gifts, referrals, close-outs and follow-ups.
 * Like the conversations, content refers to people (by person key), our members (by member key) and
 * records of its own organisation (by a short key), and places every date on the arc it belongs to.
 */
import type {
  CommitmentSide,
  ConfirmationMethod,
  GiftKind,
  GiftResponse,
  NeedOutcome,
  ProviderKind,
  StatementOrigin,
  StepStatus,
} from '../../common/practices.ts';
import type { DemoMemberKey } from './demo-types.ts';

/**
 * When something happened or falls due. `{ conv: 3, days: 2 }` is two days after the organisation's
 * conversation at index 3 of its arc; `{ today: -2 }` is two days before the demo's `now` (positive: after).
 * `hours` moves either by a few hours. As a calendar day it is the UTC day of that moment.
 * A record *made* at a conversation-relative moment is linked to that conversation.
 */
export type DemoWhen = { conv: number; days?: number; hours?: number } | { today: number; hours?: number };

/** Who owns a journey step: a client person's key, one of our members, or both (person, member). */
export type DemoStepOwner = string | [person: string, member: DemoMemberKey];

export interface DemoStatement {
  origin: StatementOrigin;
  text: string;
  /** Why it changed from the previous version (none for the first). */
  reason?: string;
  by: DemoMemberKey;
  at: DemoWhen;
  confirmations?: { person: string; how: ConfirmationMethod; at: DemoWhen; note?: string }[];
}

export interface DemoStep {
  /** In the client's terms. */
  title: string;
  owner: DemoStepOwner;
  /** The client's date for the step. */
  target?: DemoWhen;
  status: StepStatus;
  /** When a done step was completed. */
  completed?: DemoWhen;
  notes?: string;
}

export interface DemoNeed {
  key: string;
  title: string;
  people: string[];
  lead: DemoMemberKey;
  /** Oldest first; the first version dates the need. */
  statements: DemoStatement[];
  journey?: DemoStep[];
  outcome?: { outcome: NeedOutcome; reason: string; lesson?: string; by: DemoMemberKey; at: DemoWhen };
}

export interface DemoCommitment {
  side: CommitmentSide;
  description: string;
  /** Our member: who promised (side us), or who looks after it (side client). */
  member: DemoMemberKey;
  /** The client's person: who promised (side client), or to whom (side us). */
  person: string;
  need?: string;
  /** The incident whose prevention this is. */
  incident?: string;
  made: DemoWhen;
  /** The first due date; renegotiations move it, each agreed before the date in force. */
  due: DemoWhen;
  renegotiated?: { at: DemoWhen; to: DemoWhen; reason: string }[];
  kept?: DemoWhen;
  broken?: { at: DemoWhen; reason: string };
}

export interface DemoIncidentStep {
  at: DemoWhen;
  text: string;
}

export interface DemoIncident {
  key: string;
  title: string;
  whatHappened: string;
  person: string;
  need?: string;
  /** The member who recorded it. */
  by: DemoMemberKey;
  reported: DemoWhen;
  acknowledged?: DemoIncidentStep;
  explained?: DemoIncidentStep;
  prevention?: DemoIncidentStep;
  verified?: DemoIncidentStep;
}

export interface DemoGift {
  key: string;
  kind: GiftKind;
  title: string;
  specificToClient: string;
  riskTaken?: string;
  person: string;
  need?: string;
  by: DemoMemberKey;
  given: DemoWhen;
  reference?: string;
  response: GiftResponse;
  responseNote?: string;
}

export interface DemoProvider {
  key: string;
  name: string;
  kind: ProviderKind;
  goodAt: string;
  contactName?: string;
  email?: string;
  phone?: string;
  website?: string;
  notes?: string;
}

/** Out: to a provider who fits better (help given). In: who sent the client to us. */
export interface DemoReferral {
  key: string;
  direction: 'out' | 'in';
  provider?: string;
  referredByPerson?: string;
  referredByName?: string;
  person: string;
  need?: string;
  /** Out: why they fit better. In: how it came about. */
  reason: string;
  by: DemoMemberKey;
  on: DemoWhen;
}

export interface DemoFollowUp {
  /** What exactly we will bring. */
  content: string;
  due: DemoWhen;
  need?: string;
  done?: DemoWhen;
  cancelled?: { at: DemoWhen; reason: string };
  snoozed?: number;
}

/** A follow-up scheduled outside a close-out. */
export interface DemoStandaloneFollowUp extends DemoFollowUp {
  made: DemoWhen;
  member: DemoMemberKey;
  person: string;
}

/**
 * The close-out of one of the organisation's conversations. Its follow-up belongs to the conversation's
 * first member and concerns its first person.
 */
export interface DemoCloseOut {
  conv: number;
  valueAdd?: string;
  /** The gift the value add was. */
  gift?: string;
  /** The referral recorded as the alternative suggested. */
  referral?: string;
  followUp?: DemoFollowUp;
}

/** Everything one organisation's story adds to the practices. */
export interface DemoPractices {
  org: string;
  needs: DemoNeed[];
  commitments: DemoCommitment[];
  incidents?: DemoIncident[];
  gifts?: DemoGift[];
  referrals?: DemoReferral[];
  closeOuts: DemoCloseOut[];
  followUps?: DemoStandaloneFollowUp[];
}
