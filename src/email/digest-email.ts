/**
 * The daily digest email, rendered from a member's Today (pure: no database, no I/O): each non-empty list as
 * a section of lines with a link back into Yellowpad, "and N more" when the list was capped, as plain text
 * and as simple HTML built from the same lines. Links use the server's public URL (as the calendar feed does).
 */
import { channelLabels } from '../common/limits.ts';
import { commitmentSideLabels, journeyHealthLabels } from '../common/practices.ts';
import type { Today } from '../domain/today/get-today.ts';

export interface DigestInput {
  memberName: string;
  firmName: string;
  today: Today;
  /** The server's public URL, without a trailing slash. */
  baseUrl: string;
}

export interface DigestEmail {
  subject: string;
  text: string;
  html: string;
  /** How many items the digest lists (0: nothing to send). */
  itemCount: number;
}

interface Line {
  text: string;
  path: string;
}
interface Section {
  title: string;
  lines: Line[];
  /** Items the list holds beyond those listed. */
  more: number;
}

type Ref = { person: { fullName: string } | null; organization: { name: string } | null };
const clientOf = (item: Ref) => [item.person?.fullName, item.organization?.name].filter(Boolean).join(', ');
const forClient = (item: Ref) => (clientOf(item) ? ` — ${clientOf(item)}` : '');
const lateness = (days: number) => (days <= 0 ? 'due today' : days === 1 ? '1 day late' : `${days} days late`);

function sectionsOf(t: Today): Section[] {
  const section = (title: string, lines: Line[], total: number): Section => ({ title, lines, more: Math.max(0, total - lines.length) });
  return [
    section(
      'Follow-ups due',
      t.followUpsDue.map((f) => ({ text: `${f.content}${forClient(f)} (${lateness(f.daysOverdue)})`, path: '/follow-ups' })),
      t.totals.followUpsDue,
    ),
    section(
      'Promises due',
      t.commitmentsDue.map((c) => ({
        text: `${commitmentSideLabels[c.side]}: ${c.description}${forClient(c)} (${lateness(c.daysOverdue)})`,
        path: `/commitments/${c.id}`,
      })),
      t.totals.commitmentsDue,
    ),
    section(
      'Incidents to see through',
      t.openIncidents.map((i) => ({ text: `${i.title}${forClient(i)} (next: ${i.nextStep})`, path: `/incidents/${i.id}` })),
      t.totals.openIncidents,
    ),
    section(
      'Conversations to close out',
      t.openLoops.map((l) => {
        const who = l.people.map((p) => p.fullName).join(', ');
        return { text: `${l.summary ?? channelLabels[l.channel]}${who ? ` — ${who}` : ''}`, path: `/conversations/${l.conversationId}` };
      }),
      t.totals.openLoops,
    ),
    section(
      'Decision journeys at risk',
      t.journeysAtRisk.map((j) => ({
        text: `${j.title}: ${j.step.title} (${journeyHealthLabels[j.health].toLowerCase()}, ${lateness(j.daysOverdue)})`,
        path: `/needs/${j.needId}`,
      })),
      t.totals.journeysAtRisk,
    ),
    section(
      'Losing touch',
      t.losingTouch.map((p) => ({
        text: `${p.person.fullName} (${p.daysSinceLastConversation === null ? 'no conversation yet' : `last spoke ${p.daysSinceLastConversation} days ago`})`,
        path: `/people/${p.person.id}`,
      })),
      t.totals.losingTouch,
    ),
  ].filter((s) => s.lines.length > 0);
}

/** "Tuesday 10 March 2026" for a YYYY-MM-DD day (parts joined here: ICU versions differ on the comma). */
function longDay(day: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(
    new Date(`${day}T00:00:00Z`),
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function renderText(input: DigestInput, sections: Section[], intro: string, todayUrl: string, settingsUrl: string): string {
  const blocks = sections.map((s) =>
    [s.title, ...s.lines.map((l) => `- ${l.text}\n  ${input.baseUrl}${l.path}`), ...(s.more > 0 ? [`- and ${s.more} more`] : [])].join('\n'),
  );
  return [`Hello ${input.memberName},`, intro, ...blocks, `Open Today: ${todayUrl}`, `You get this email once a day. Turn it off on the Team page: ${settingsUrl}`].join(
    '\n\n',
  );
}

function renderHtml(input: DigestInput, sections: Section[], intro: string, todayUrl: string, settingsUrl: string): string {
  const link = (url: string, text: string) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
  const blocks = sections.map(
    (s) =>
      `<h2 style="font-size:16px;margin:20px 0 6px">${escapeHtml(s.title)}</h2>\n<ul style="margin:0;padding-left:20px">\n` +
      s.lines.map((l) => `<li style="margin:4px 0">${link(`${input.baseUrl}${l.path}`, l.text)}</li>`).join('\n') +
      (s.more > 0 ? `\n<li style="margin:4px 0;color:#666">and ${s.more} more</li>` : '') +
      '\n</ul>',
  );
  return [
    '<!doctype html>',
    '<html><body style="font-family:Georgia,serif;color:#222;line-height:1.45;max-width:640px">',
    `<p>Hello ${escapeHtml(input.memberName)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...blocks,
    `<p style="margin-top:24px">${link(todayUrl, 'Open Today in Yellowpad')}</p>`,
    `<p style="color:#666;font-size:13px">You get this email once a day. ${link(settingsUrl, 'Turn it off on the Team page')}.</p>`,
    '</body></html>',
  ].join('\n');
}

export function renderDigestEmail(input: DigestInput): DigestEmail {
  const sections = sectionsOf(input.today);
  const itemCount = sections.reduce((n, s) => n + s.lines.length, 0);
  const total = sections.reduce((n, s) => n + s.lines.length + s.more, 0);
  const things = total === 1 ? '1 thing' : `${total} things`;
  const day = longDay(input.today.date);
  const intro = `${things} on your Today at ${input.firmName}, ${day}:`;
  const todayUrl = `${input.baseUrl}/`;
  const settingsUrl = `${input.baseUrl}/team`;
  return {
    subject: `Today: ${things} for you — ${day}`,
    text: renderText(input, sections, intro, todayUrl, settingsUrl),
    html: renderHtml(input, sections, intro, todayUrl, settingsUrl),
    itemCount,
  };
}
