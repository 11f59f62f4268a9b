/** Schemas of the calendar feed: its status, the link shown once at creation, and the public feed's path. */
import { z } from 'zod';

export const calendarFeedStatus = z
  .object({
    active: z.boolean().describe('Whether you have a working feed link. Its address cannot be shown again: only a hash is stored.'),
    createdAt: z.iso.datetime().nullable().describe('When the active link was created; null when there is none.'),
  })
  .meta({ id: 'CalendarFeedStatus' });

export const calendarFeedCreated = z
  .object({
    url: z.url().describe('The feed address to subscribe to. Shown this once; anyone holding it can read the feed.'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CalendarFeedCreated' });

export const calendarFeedParams = z.object({
  secret: z.string().describe('The secret from the feed address; an unknown or revoked one is 404.'),
});
