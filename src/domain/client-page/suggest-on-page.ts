/** The client's "Not quite…": their own words kept beside the version as a suggestion, never applied silently. */
import type { Db } from '../../db/open-db.ts';
import { statementSuggestions } from '../../db/schema.ts';
import { lockOpenPlan, requireCurrentVersion, requirePlan, withLiveLink } from './client-act-transaction.ts';
import { recordClientAct, type ActContext } from './record-client-act.ts';

export async function suggestOnPage(db: Db, token: string, input: { version: number; text: string }, context: ActContext) {
  return withLiveLink(db, token, context.now, async (tx, open) => {
    const link = requirePlan(open);
    await lockOpenPlan(tx, link);
    await requireCurrentVersion(tx, link, input.version);
    const [row] = await tx
      .insert(statementSuggestions)
      .values({ firmId: link.firmId, needId: link.needId, version: input.version, personId: link.personId, shareLinkId: link.id, text: input.text.trim(), createdAt: context.now })
      .returning({ id: statementSuggestions.id, text: statementSuggestions.text, at: statementSuggestions.createdAt });
    await recordClientAct(tx, link, { kind: 'suggested', statementVersion: input.version, suggestionId: row!.id }, context);
    return row!;
  });
}
