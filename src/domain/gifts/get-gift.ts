/** One gift of the actor's firm, with the names of whom it was for; another firm's is "not found". */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { gifts } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { withClientLinks } from '../support/linked-records.ts';
import type { GiftRecord } from './gift-fields.ts';

export async function getGift(db: Db, actor: Actor, id: string): Promise<GiftRecord> {
  const [row] = await db
    .select()
    .from(gifts)
    .where(and(eq(gifts.firmId, actor.firmId), eq(gifts.id, id)))
    .limit(1);
  if (!row) throw notFound('gift');
  const [gift] = await withClientLinks(db, actor.firmId, [row]);
  return gift!;
}
