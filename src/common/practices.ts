/**
 * The vocabularies of the trust-based practices (needs, journeys, commitments, gifts, referrals,
 * follow-ups, incidents, outcomes), shared by the server's schemas and the web app's forms. The
 * database's CHECK constraints repeat these lists; tests/domain/vocabularies.test.ts keeps them equal.
 */

/** How a version of a problem statement came about: the client's first words, our drafts, or agreed together. */
export const statementOrigins = ['first_stated', 'working', 'jointly_defined'] as const;
export type StatementOrigin = (typeof statementOrigins)[number];
export const statementOriginLabels: Record<StatementOrigin, string> = {
  first_stated: 'As first stated',
  working: 'Working version',
  jointly_defined: 'Jointly defined',
};

/** How the client confirmed a problem statement. `share_page` is used by the client's share page. */
export const confirmationMethods = ['in_person', 'call', 'video', 'email', 'message', 'share_page'] as const;
export type ConfirmationMethod = (typeof confirmationMethods)[number];
export const confirmationMethodLabels: Record<ConfirmationMethod, string> = {
  in_person: 'In person',
  call: 'On a call',
  video: 'On a video call',
  email: 'By email',
  message: 'By message',
  share_page: 'On the share page',
};

/** Honest outcomes of a need. There is no catch-all "lost". */
export const needOutcomes = ['engaged', 'referred_out', 'advised_not_to_buy', 'no_decision', 'chose_another_provider', 'deferred'] as const;
export type NeedOutcome = (typeof needOutcomes)[number];
export const needOutcomeLabels: Record<NeedOutcome, { label: string; hint: string }> = {
  engaged: { label: 'Engaged', hint: 'They asked us to do the work.' },
  referred_out: { label: 'Referred out', hint: 'Someone else fitted better, and we introduced them. Help given.' },
  advised_not_to_buy: { label: 'Advised not to buy', hint: 'We told them it would not help them. Help given.' },
  no_decision: { label: 'No decision', hint: 'The client went quiet; nothing was decided.' },
  chose_another_provider: { label: 'Chose another provider', hint: 'They went with someone else.' },
  deferred: { label: 'Deferred', hint: 'Not now; they will come back to it.' },
};
/** Outcomes that count as help given, whatever the fee. */
export const helpGivenOutcomes: readonly NeedOutcome[] = ['referred_out', 'advised_not_to_buy'];

/** Who owns a step of the client's decision journey. */
export const stepOwnerSides = ['client', 'us', 'both'] as const;
export type StepOwnerSide = (typeof stepOwnerSides)[number];
export const stepOwnerSideLabels: Record<StepOwnerSide, string> = { client: 'The client', us: 'Us', both: 'Both of us' };

export const stepStatuses = ['planned', 'in_progress', 'done', 'skipped'] as const;
export type StepStatus = (typeof stepStatuses)[number];
export const stepStatusLabels: Record<StepStatus, string> = { planned: 'Planned', in_progress: 'In progress', done: 'Done', skipped: 'Skipped' };

/** Journey health: on track; at risk when a step is 1–6 days past its date; stalled at 7 days or more. */
export const journeyHealths = ['on_track', 'at_risk', 'stalled'] as const;
export type JourneyHealth = (typeof journeyHealths)[number];
export const journeyHealthLabels: Record<JourneyHealth, string> = { on_track: 'On track', at_risk: 'At risk', stalled: 'Stalled' };

/** Commitments go both ways: what we promised the client, and what they promised us. */
export const commitmentSides = ['us', 'client'] as const;
export type CommitmentSide = (typeof commitmentSides)[number];
export const commitmentSideLabels: Record<CommitmentSide, string> = { us: 'We promised', client: 'They promised' };

export const commitmentStatuses = ['open', 'kept', 'broken'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

export const giftKinds = ['insight', 'tool', 'paper', 'sample_of_work', 'introduction', 'other'] as const;
export type GiftKind = (typeof giftKinds)[number];
export const giftKindLabels: Record<GiftKind, string> = {
  insight: 'Insight',
  tool: 'Tool',
  paper: 'Paper',
  sample_of_work: 'Sample of work on their data',
  introduction: 'Introduction',
  other: 'Other',
};

export const giftResponses = ['pending', 'used', 'appreciated', 'ignored', 'declined'] as const;
export type GiftResponse = (typeof giftResponses)[number];
export const giftResponseLabels: Record<GiftResponse, string> = {
  pending: 'No response yet',
  used: 'Used it',
  appreciated: 'Appreciated it',
  ignored: 'Ignored it',
  declined: 'Declined it',
};

export const providerKinds = ['firm', 'person'] as const;
export type ProviderKind = (typeof providerKinds)[number];

/** A referral out is help given (we sent the client to someone better suited); a referral in is how a client found us. */
export const referralDirections = ['out', 'in'] as const;
export type ReferralDirection = (typeof referralDirections)[number];

export const followUpStatuses = ['open', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/** The steps of over-responding to an error, in the order they happen. */
export const incidentSteps = ['acknowledged', 'explained', 'prevention', 'verified'] as const;
export type IncidentStep = (typeof incidentSteps)[number];
export const incidentStepLabels: Record<IncidentStep, { label: string; prompt: string }> = {
  acknowledged: { label: 'Acknowledged', prompt: 'The message we sent the client to say we know and we are on it.' },
  explained: { label: 'Explained', prompt: 'What happened and why, in plain words.' },
  prevention: { label: 'Prevention', prompt: 'What we will do so it does not happen again (this becomes one of our commitments).' },
  verified: { label: 'Verified', prompt: 'How we checked that the fix held.' },
};

export const practiceLimits = {
  titleMax: 300,
  textMax: 10_000,
  statementMax: 5_000,
  reasonMax: 2_000,
  journeyStepsMax: 50,
  stayInTouchDaysMax: 3650,
  followUpDefaultDays: 14,
  /** Conversations older than this no longer count as open loops. */
  openLoopDays: 30,
  /** Commitments due within this many days appear on Today. */
  commitmentsAheadDays: 7,
  todayListMax: 50,
  /** Today counts each list up to this many; a total equal to it means "at least this many". */
  todayCountMax: 1000,
} as const;
