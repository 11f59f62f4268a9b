/** Removes a gift; a close-out that named it keeps its description of the value added. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { gifts } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';

export async function deleteGift(db: Db, actor: Actor, id: string): Promise<void> {
  const deleted = await db
    .delete(gifts)
    .where(and(eq(gifts.firmId, actor.firmId), eq(gifts.id, id)))
    .returning({ id: gifts.id });
  if (deleted.length === 0) throw notFound('gift');
}
