/**
 * A calendar feed as iCalendar text (RFC 5545, via ical-generator): one all-day event per item on its due
 * day, with a UID that never changes (calendar apps update an event rather than duplicate it), a link back
 * into Yellowpad and the details in the description.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { addDays } from '../common/days.ts';
import type { CalendarItem } from '../domain/calendar/read-calendar-feed.ts';

interface Feed {
  member: { name: string };
  firm: { name: string };
  items: CalendarItem[];
}

/** Where each kind of item opens in the web app (follow-ups have no page of their own: the member's list). */
const webPath = {
  'follow-up': () => '/follow-ups',
  commitment: (id: string) => `/commitments/${id}`,
} satisfies Record<CalendarItem['kind'], (id: string) => string>;

const clientOf = (item: CalendarItem) => [item.person?.fullName, item.organization?.name].filter(Boolean).join(', ');

function summaryOf(item: CalendarItem): string {
  const client = clientOf(item);
  const lead = item.kind === 'follow-up' ? 'Follow up' : 'Promised';
  return `${lead}: ${item.what}${client ? ` — ${client}` : ''}`;
}

function descriptionOf(item: CalendarItem, url: string): string {
  const client = clientOf(item);
  const lines = [
    item.kind === 'follow-up' ? `Follow-up: ${item.what}` : `We promised: ${item.what}`,
    client ? `${item.kind === 'follow-up' ? 'For' : 'To'}: ${client}` : null,
    item.need ? `Need: ${item.need}` : null,
    `Due: ${item.dueOn}`,
    '',
    `Open in Yellowpad: ${url}`,
  ];
  return lines.filter((line) => line !== null).join('\n');
}

/** `baseUrl`: the server's public URL (no trailing slash); `now`: the events' DTSTAMP. */
export function presentCalendarFeed(feed: Feed, options: { baseUrl: string; now: Date }): string {
  const calendar = ical({
    prodId: { company: 'Yellowpad', product: 'Calendar feed', language: 'EN' },
    name: `Yellowpad — ${feed.member.name} (${feed.firm.name})`,
    description: 'Your open follow-ups and the commitments you made, on their due days.',
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  for (const item of feed.items) {
    const url = `${options.baseUrl}${webPath[item.kind](item.id)}`;
    calendar.createEvent({
      id: `${item.kind}-${item.id}@yellowpad`,
      sequence: item.version,
      stamp: options.now,
      lastModified: item.updatedAt,
      allDay: true,
      start: new Date(`${item.dueOn}T00:00:00Z`),
      end: new Date(`${addDays(item.dueOn, 1)}T00:00:00Z`),
      summary: summaryOf(item),
      description: descriptionOf(item, url),
      url,
    });
  }
  return calendar.toString();
}
