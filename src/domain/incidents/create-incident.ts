/** Records that something went wrong for a client: what happened, and when it was reported to us. */
import type { Db } from '../../db/open-db.ts';
import { incidents } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { checkLinks } from '../support/linked-records.ts';
import { getIncident, type IncidentWithPrevention } from './get-incident.ts';
import { pastMoment } from './incident-moments.ts';
import { utcDay } from '../../common/days.ts';

export interface CreateIncidentInput {
  title: string;
  whatHappened: string;
  /** ISO 8601; defaults to now by the clock. */
  reportedAt?: string;
  personId?: string;
  organizationId?: string;
  needId?: string;
}

export async function createIncident(db: Db, actor: Actor, input: CreateIncidentInput, now: Date): Promise<IncidentWithPrevention> {
  const reportedAt = pastMoment('reportedAt', input.reportedAt, now);
  return db.transaction(async (tx) => {
    await checkLinks(tx, actor.firmId, input);
    const [row] = await tx
      .insert(incidents)
      .values({
        firmId: actor.firmId,
        title: input.title.trim(),
        whatHappened: input.whatHappened.trim(),
        reportedAt,
        personId: input.personId ?? null,
        organizationId: input.organizationId ?? null,
        needId: input.needId ?? null,
        createdBy: actor.memberId,
      })
      .returning({ id: incidents.id });
    return getIncident(tx, actor, row!.id, utcDay(now));
  });
}
