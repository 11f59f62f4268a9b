/**
 * The client's "Yes, that's it": a confirmation of the current version by this person, how = share_page.
 * Saying yes twice keeps the first confirmation and records nothing new.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { problemStatementConfirmations } from '../../db/schema.ts';
import { lockOpenPlan, requireCurrentVersion, requirePlan, withLiveLink } from './client-act-transaction.ts';
import { recordClientAct, type ActContext } from './record-client-act.ts';

export async function confirmOnPage(db: Db, token: string, version: number, context: ActContext) {
  return withLiveLink(db, token, context.now, async (tx, open) => {
    const link = requirePlan(open);
    await lockOpenPlan(tx, link);
    await requireCurrentVersion(tx, link, version);
    const c = problemStatementConfirmations;
    const inserted = await tx
      .insert(c)
      .values({ firmId: link.firmId, needId: link.needId, version, personId: link.personId, how: 'share_page', confirmedAt: context.now })
      .onConflictDoNothing()
      .returning({ confirmedAt: c.confirmedAt });
    if (inserted[0]) {
      await recordClientAct(tx, link, { kind: 'confirmed', statementVersion: version }, context);
      return { version, confirmedAt: inserted[0].confirmedAt };
    }
    const [existing] = await tx
      .select({ confirmedAt: c.confirmedAt })
      .from(c)
      .where(and(eq(c.firmId, link.firmId), eq(c.needId, link.needId), eq(c.version, version), eq(c.personId, link.personId)))
      .limit(1);
    return { version, confirmedAt: existing!.confirmedAt };
  });
}
