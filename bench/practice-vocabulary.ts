/**
 * What the benchmark firm's trust-based practices are made of (needs, journeys, commitments,
 * follow-ups, gifts, providers, referrals, incidents, close-outs): fixed lists the generator draws
 * from (generate-practices.ts), and their weights.
 */

export const NEED_VERBS = ['Cut the cost of', 'Get a grip on', 'Speed up', 'Rethink', 'De-risk', 'Find a partner for', 'Make sense of', 'Prepare for'];
/** Problem statements, roughly from first words to jointly defined. */
export const STATEMENTS = [
  'They say onboarding new clients takes too long.',
  'Onboarding takes eleven weeks; competitors do it in four.',
  'The board wants a plan before the budget round in January.',
  'Two teams own the same process and neither can change it alone.',
  'Margins fell three quarters in a row; nobody agrees why.',
  'The regulator expects evidence of control by March.',
  'They need a second opinion before committing to the migration.',
  'Staff turnover in operations doubled after the reorganisation.',
];
export const CHANGE_REASONS = [
  'The CFO reframed it in the steering meeting.',
  'After the workshop the real constraint turned out to be staffing.',
  'Client corrected our wording.',
  'New numbers from their finance team.',
];
/** A decision journey's steps, in order (a journey has up to this many). */
export const STEP_TITLES = [
  'Agree the problem statement', 'Meet the CFO', 'Workshop with the operations team', 'Share a draft approach',
  'Reference call with a past client', 'Board pre-read', 'Decision meeting', 'Sign the engagement letter',
];
/** Outcome weights in percent (they sum to 100). */
export const OUTCOMES: [string, number][] = [
  ['engaged', 40], ['referred_out', 8], ['advised_not_to_buy', 7], ['no_decision', 20], ['chose_another_provider', 15], ['deferred', 10],
];
export const OUTCOME_REASONS = [
  'Budget approved after the board meeting.', 'A specialist fitted the problem better.', 'The fix was internal; we said so.',
  'Priorities changed after the reorganisation.', 'They went with the incumbent.', 'Postponed to next financial year.',
];
export const OUTCOME_LESSONS = ['Involve the CFO earlier.', 'Ask about the decision process in the first meeting.', 'Share a sample of work sooner.'];
export const CONFIRMATION_METHODS = ['in_person', 'call', 'video', 'email', 'message', 'share_page'];

export const US_PROMISES = [
  'Send the benchmark figures', 'Introduce them to our tax partner', 'Share the workshop notes', 'Draft the proposal',
  'Review their board paper', 'Send two reference contacts', 'Check availability of the project team', 'Send the revised estimate',
];
export const CLIENT_PROMISES = [
  'Send last year’s figures', 'Confirm the budget owner', 'Book the steering meeting', 'Share the org chart',
  'Get the CFO’s view', 'Send the RFP timeline',
];
export const BROKEN_REASONS = ['The team was reassigned to another client.', 'Forgot; no reminder was set.', 'Data arrived too late to finish.', 'Their priorities changed.'];
export const RENEGOTIATION_REASONS = ['Their data arrives a week later.', 'Asked for more time to include the new figures.', 'Holiday period; agreed a new date.'];

export const FOLLOW_UP_CONTENT = [
  'Bring the cost comparison for their three sites', 'Send the article on supplier consolidation', 'Call back with the partner’s availability',
  'Share the onboarding checklist we use', 'Send the notes and the two options discussed', 'Ask how the board meeting went',
];
export const CANCEL_REASONS = ['They solved it internally.', 'No longer relevant after the merger.', 'Covered in the next meeting.'];
export const VALUE_ADDS = ['Sent a short note with one idea they can use', 'Shared a relevant case study', 'Pointed them to a useful contact'];

export const GIFT_KINDS = ['insight', 'tool', 'paper', 'sample_of_work', 'introduction', 'other'];
export const GIFT_TITLES = ['Churn analysis of their public data', 'Pricing calculator', 'Short paper on the new regulation', 'Sample process map', 'Introduction to a peer CFO'];
export const GIFT_SPECIFICS = ['Uses their own published figures.', 'Built around their three warehouses.', 'Answers the question their CEO asked us.'];
/** Gift response weights in percent once the client had time to answer. */
export const GIFT_RESPONSES: [string, number][] = [['used', 30], ['appreciated', 35], ['ignored', 20], ['declined', 5], ['pending', 10]];

export const PROVIDER_SUFFIXES = ['Advisory', 'Legal', 'Tax', 'Data', 'Search', 'Design', 'Audit', 'Interim'];
export const PROVIDER_SKILLS = [
  'Employment law', 'Transfer pricing', 'Data engineering', 'Executive search', 'Service design', 'IT audit', 'Interim finance', 'Pensions',
];
export const REFERRAL_REASONS = ['They specialise in exactly this.', 'Smaller budget than we work with.', 'Met them at a conference.', 'A client recommended us.'];

export const INCIDENT_TITLES = ['Report sent with last year’s figures', 'Missed the steering meeting', 'Invoice sent twice', 'Wrong attachment shared', 'Deadline slipped without warning'];
export const INCIDENT_TEXTS = {
  what: 'The client noticed before we did.',
  acknowledgement: 'Called the same day to say we know and are fixing it.',
  explanation: 'A template was not updated after the change of scope.',
  prevention: 'Checklist step added; a second person reviews every send.',
  verification: 'Checked the next three sends; all correct.',
};
/** Stay-in-touch cadences people are given, in days (repeats weight the common ones). */
export const CADENCES = [14, 30, 30, 60, 90, 90, 180, 365];
