/**
 * The client's trust check-in: four statements 1–7 and an optional comment, at most one every 90 days per
 * person (the person is locked, so two tabs cannot both slip in). Stored with the member who leads the
 * relationship, for the trust picture of later issues.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { people, trustCheckIns } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import { optionalText } from '../support/text.ts';
import { checkInOffer } from './check-in-offer.ts';
import { withLiveLink } from './client-act-transaction.ts';
import { leadOf, recordClientAct, type ActContext } from './record-client-act.ts';

export interface CheckInInput {
  credibility: number;
  reliability: number;
  intimacy: number;
  selfOrientation: number;
  comment?: string | null;
}

export async function checkInOnPage(db: Db, token: string, input: CheckInInput, context: ActContext) {
  return withLiveLink(db, token, context.now, async (tx, link) => {
    await tx.select({ id: people.id }).from(people).where(and(eq(people.firmId, link.firmId), eq(people.id, link.personId))).for('update');
    const offer = await checkInOffer(tx, link.firmId, link.personId, context.now);
    if (!offer.offered) throw new AppError('check_in_too_soon', 'You told us how we are doing not long ago. Thank you — we will ask again in a few months.');
    const { comment, ...scores } = input;
    const [row] = await tx
      .insert(trustCheckIns)
      .values({ firmId: link.firmId, personId: link.personId, memberId: leadOf(link), shareLinkId: link.id, ...scores, comment: optionalText(comment), createdAt: context.now })
      .returning({ id: trustCheckIns.id, at: trustCheckIns.createdAt });
    await recordClientAct(tx, link, { kind: 'checked_in', checkInId: row!.id }, context);
    return { at: row!.at };
  });
}
