/** Schemas for the inbox: the client acts that concern the member, with their read state. */
import { z } from 'zod';
import { clientActBody } from './client-acts.schemas.ts';
import { pageQuery } from './common.schemas.ts';

export const notificationsQuery = z.object({
  ...pageQuery,
  unreadOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Only the unread ones.'),
});

export const notification = z
  .object({ ...clientActBody, readAt: z.iso.datetime().nullable() })
  .meta({ id: 'Notification' });

export const notificationPage = z
  .object({ items: z.array(notification).describe('Newest first.'), unread: z.int(), nextCursor: z.string().nullable() })
  .meta({ id: 'NotificationPage' });

export const unreadCount = z.object({ unread: z.int() }).meta({ id: 'UnreadCount' });

export const markReadBody = z
  .union([z.object({ ids: z.array(z.uuid()).min(1).max(500) }), z.object({ all: z.literal(true) })])
  .meta({ id: 'MarkNotificationsRead' });
