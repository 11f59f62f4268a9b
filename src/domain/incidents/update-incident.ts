/**
 * Edits an incident's account and links; the caller sends the version it loaded. The steps are recorded
 * by their own actions; a corrected report time must still come before the first step.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { incidents } from '../../db/schema.ts';
import { utcDay } from '../../common/days.ts';
import type { Actor } from '../actor.ts';
import { checkLinks } from '../support/linked-records.ts';
import { invalid } from '../commitments/invalid.ts';
import { lockForEdit } from '../support/lock-for-edit.ts';
import { getIncident, type IncidentWithPrevention } from './get-incident.ts';
import { pastMoment } from './incident-moments.ts';

export interface UpdateIncidentInput {
  version: number;
  title?: string;
  whatHappened?: string;
  reportedAt?: string;
  /** null clears a link; absent keeps it. */
  personId?: string | null;
  organizationId?: string | null;
  needId?: string | null;
}

const keep = <T>(next: T | undefined, current: T): T => (next === undefined ? current : next);

export async function updateIncident(db: Db, actor: Actor, id: string, input: UpdateIncidentInput, now: Date): Promise<IncidentWithPrevention> {
  return db.transaction(async (tx) => {
    const { current, where } = await lockForEdit(tx, incidents, actor, id, input.version, 'incident');
    const reportedAt = input.reportedAt === undefined ? current.reportedAt : pastMoment('reportedAt', input.reportedAt, now);
    if (current.acknowledgedAt && reportedAt > current.acknowledgedAt) {
      throw invalid('reportedAt', 'must not be after the acknowledgement', 'The incident was acknowledged before that time. Give the time it was reported to us.');
    }
    await checkLinks(tx, actor.firmId, input);
    await tx
      .update(incidents)
      .set({
        title: input.title?.trim() ?? current.title,
        whatHappened: input.whatHappened?.trim() ?? current.whatHappened,
        reportedAt,
        personId: keep(input.personId, current.personId),
        organizationId: keep(input.organizationId, current.organizationId),
        needId: keep(input.needId, current.needId),
        updatedAt: new Date(),
        version: sql`${incidents.version} + 1`,
      })
      .where(where);
    return getIncident(tx, actor, id, utcDay(now));
  });
}
