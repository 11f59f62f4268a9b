/**
 * How the sharing panels say things: a link's state, when it stops working (a calendar day in the form, an
 * instant for the server), and the friendly first drafts of the emails that carry a link.
 */
import { shareLimits, type ShareState } from '../../../../src/common/client-side.ts';
import type { ShareLink } from '../../api/share-links.ts';
import { addDays, formatDay, formatMoment, localDay, todayLocal } from '../../lib/days.ts';

const DAY_MS = 86_400_000;

export const stateLabels: Record<ShareState, string> = { active: 'Active', expired: 'Expired', revoked: 'Revoked' };

/** The expiry a new link gets unless changed: the default number of days ahead. */
export const defaultExpiryDay = () => addDays(todayLocal(), shareLimits.defaultDays);
/** The earliest day a link may stop on (tomorrow: "today" would end it within hours). */
export const firstExpiryDay = () => addDays(todayLocal(), 1);
/** The latest day a link may stop on (the server allows at most a year from now). */
export const lastExpiryDay = () => addDays(todayLocal(), shareLimits.maxDays);

/** The day a link stops, as the date input shows it. */
export const expiryDayOf = (iso: string) => localDay(new Date(iso));

/** What is wrong with a chosen expiry day, or null: a day from tomorrow to a year ahead. */
export function expiryProblem(day: string): string | null {
  if (!day) return 'Choose the day the link stops working.';
  if (day < firstExpiryDay()) return 'Choose a day after today.';
  if (day > lastExpiryDay()) return `Choose a day at most ${shareLimits.maxDays} days from today.`;
  return null;
}

/** The link works to the end of the chosen day (this browser's time), but never past a year from now. */
export function expiryInstant(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const endOfDay = new Date(y, m - 1, d, 23, 59, 0, 0).getTime();
  const latest = Date.now() + shareLimits.maxDays * DAY_MS - 60_000;
  return new Date(Math.min(endOfDay, latest)).toISOString();
}

/** When a link stops (or stopped) working, as a label and a day: "Works until" 3 May, "Revoked" 1 May. */
export function lifeOf(link: ShareLink): { label: string; day: string } {
  if (link.state === 'revoked') return { label: 'Revoked', day: formatMoment(link.revokedAt ?? link.expiresAt) };
  if (link.state === 'expired') return { label: 'Stopped working', day: formatMoment(link.expiresAt) };
  return { label: 'Works until', day: formatMoment(link.expiresAt) };
}

export const opensLine = (link: ShareLink) =>
  link.lastOpenedAt === null
    ? 'Not opened yet'
    : `Last opened ${formatMoment(link.lastOpenedAt)} · ${link.opens === 1 ? 'once' : `${link.opens} times`} in all`;

/** Someone's first name, to greet them with. */
export const firstName = (fullName: string) => fullName.trim().split(/\s+/)[0] ?? fullName;

const signOff = (me: string) => `\n\nBest wishes,\n${firstName(me)}`;

/** The first draft of the email that carries a need's plan: the need and who sends it, in plain words. */
export function planEmailDraft(p: { personName: string; needTitle: string; me: string; again?: boolean }) {
  const subject = p.again ? `Your page for “${p.needTitle}”, again` : `The plan for “${p.needTitle}”, to look over together`;
  const body = p.again
    ? `Hi ${firstName(p.personName)},\n\nHere is your page for “${p.needTitle}” again, at a new address (the one I sent before no longer works). On it you can check the problem as I understand it, tick off your steps and leave a comment for me.${signOff(p.me)}`
    : `Hi ${firstName(p.personName)},\n\nI have put the plan for “${p.needTitle}” on a page just for you: the problem as I understand it, the steps ahead with who does each, and what each of us has promised.\n\nPlease tell me whether I have the problem right — “yes, that’s it”, or in your own words. You can tick off your steps as you go and leave a comment on anything.${signOff(p.me)}`;
  return { subject, body };
}

/** The first draft of the email that carries "what I heard" after a conversation. */
export function recapEmailDraft(p: { personName: string; occurredAt: string; me: string; again?: boolean }) {
  const day = formatDay(localDay(new Date(p.occurredAt)));
  const subject = p.again ? `What I heard when we spoke on ${day}, again` : `What I heard when we spoke on ${day}`;
  const body = p.again
    ? `Hi ${firstName(p.personName)},\n\nHere is what I heard when we spoke on ${day} again, at a new address (the one I sent before no longer works). I would value your view: tell me if I got anything wrong.${signOff(p.me)}`
    : `Hi ${firstName(p.personName)},\n\nThank you for your time on ${day}. I have written down what I heard, so you can check I understood you. Tell me if I got anything wrong or missed something that matters to you — a line or two is plenty.${signOff(p.me)}`;
  return { subject, body };
}
