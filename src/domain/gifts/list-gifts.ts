/** The firm's gifts, newest given first, optionally for one person, organisation or need, or by the client's response. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { gifts } from '../../db/schema.ts';
import type { GiftResponse } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { afterDayCursor, dayOrder, toDayPage } from '../support/day-cursor.ts';
import { withClientLinks } from '../support/linked-records.ts';

export interface ListGiftsInput {
  personId?: string;
  organizationId?: string;
  needId?: string;
  response?: GiftResponse;
  limit: number;
  cursor?: string;
}

/** Keyset-paginated on (given_on desc, id desc), the gifts_given_idx order; a filter naming another firm's record matches nothing. */
export async function listGifts(db: Db, actor: Actor, input: ListGiftsInput) {
  const rows = await db
    .select()
    .from(gifts)
    .where(
      and(
        eq(gifts.firmId, actor.firmId),
        input.personId ? eq(gifts.personId, input.personId) : undefined,
        input.organizationId ? eq(gifts.organizationId, input.organizationId) : undefined,
        input.needId ? eq(gifts.needId, input.needId) : undefined,
        input.response ? eq(gifts.response, input.response) : undefined,
        afterDayCursor(input.cursor, gifts.givenOn, gifts.id, 'desc'),
      ),
    )
    .orderBy(...dayOrder(gifts.givenOn, gifts.id, 'desc'))
    .limit(input.limit + 1);
  const page = toDayPage(rows, input.limit, (g) => g.givenOn);
  return { items: await withClientLinks(db, actor.firmId, page.items), nextCursor: page.nextCursor };
}
