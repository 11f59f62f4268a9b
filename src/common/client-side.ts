/**
 * The client's side (issue 11): limits and vocabularies of share links, client acts and trust check-ins,
 * shared by the server's schemas, the web app and the client's page. The database repeats the act kinds
 * as a CHECK; tests/domain/vocabularies.test.ts keeps the two equal.
 */

export const shareLimits = {
  /** A new link works this many days unless the professional chooses otherwise. */
  defaultDays: 60,
  /** No link works longer than a year from the moment it is created or changed. */
  maxDays: 365,
  recapMax: 10_000,
  commentMax: 2_000,
  suggestionMax: 5_000,
  correctionMax: 5_000,
  checkInCommentMax: 2_000,
  /** A person is offered the trust check-in again this many days after their last one. */
  checkInEveryDays: 90,
  emailSubjectMax: 200,
  emailBodyMax: 10_000,
} as const;

/** What a share link shows: the plan for a need's decision, or the "what I heard" recap of a conversation. */
export const shareKinds = ['need', 'recap'] as const;
export type ShareKind = (typeof shareKinds)[number];

/** Whether a link still opens: active, past its expiry, or revoked by the professional. */
export const shareStates = ['active', 'expired', 'revoked'] as const;
export type ShareState = (typeof shareStates)[number];

/** Everything a client can do on their page; each becomes a row of client_acts and a notification. */
export const clientActKinds = ['confirmed', 'suggested', 'step_completed', 'commented', 'recap_answered', 'checked_in'] as const;
export type ClientActKind = (typeof clientActKinds)[number];

/** What happened to a client's "not quite" suggestion: nothing yet, made a new working version, or set aside. */
export const suggestionStatuses = ['open', 'adopted', 'set_aside'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];

/**
 * The four trust statements of the check-in, in Yellowpad's own words, answered 1–7 (7 = strongly agree).
 * Self-orientation is asked the other way round ("they have my interests at heart"), so higher is better
 * on every scale.
 */
export const trustDimensions = ['credibility', 'reliability', 'intimacy', 'selfOrientation'] as const;
export type TrustDimension = (typeof trustDimensions)[number];
export const trustStatements: Record<TrustDimension, { statement: string; label: string }> = {
  credibility: { statement: 'I can believe what they tell me.', label: 'Credibility' },
  reliability: { statement: 'I can depend on their promises.', label: 'Reliability' },
  intimacy: { statement: 'I can share confidences with them.', label: 'Intimacy' },
  selfOrientation: { statement: 'They have my interests at heart.', label: 'Interests at heart' },
};
export const trustScale = { min: 1, max: 7 } as const;
