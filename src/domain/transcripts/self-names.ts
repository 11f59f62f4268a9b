/** How our side names itself, for the listening library's self-focus counts: the firm's name. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { firms } from '../../db/schema.ts';

/** The names that count as "us" in a transcript or a draft (besides I, we, our…). */
export async function selfNamesOf(db: Db, firmId: string): Promise<string[]> {
  const [firm] = await db.select({ name: firms.name }).from(firms).where(eq(firms.id, firmId)).limit(1);
  return firm ? [firm.name] : [];
}
