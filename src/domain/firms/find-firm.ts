/** Finds a firm by id or slug, as the CLI names firms either way. */
import { eq, or } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { firms } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import { uuidPattern } from '../support/cursor.ts';


export async function findFirm(db: Db, idOrSlug: string) {
  const condition = uuidPattern.test(idOrSlug) ? or(eq(firms.id, idOrSlug), eq(firms.slug, idOrSlug)) : eq(firms.slug, idOrSlug);
  const [firm] = await db.select().from(firms).where(condition).limit(1);
  if (!firm) throw notFound('firm');
  return firm;
}
