/**
 * Records what we will do so the error does not recur, and makes it one of our commitments (side us,
 * linked to the incident and to the same person, organisation and need) in the same transaction.
 */
import type { Db } from '../../db/open-db.ts';
import { utcDay } from '../../common/days.ts';
import type { Actor } from '../actor.ts';
import { insertCommitment } from '../commitments/create-commitment.ts';
import { getIncident, type IncidentWithPrevention } from './get-incident.ts';
import { writeStep, type StepInput } from './record-incident-step.ts';

export interface PreventionInput extends StepInput {
  /** When the prevention will be in place: the commitment's due date. */
  dueOn: string;
  /** Who promised it; defaults to the actor. */
  memberId?: string;
}

export async function recordPrevention(db: Db, actor: Actor, id: string, input: PreventionInput, now: Date): Promise<IncidentWithPrevention> {
  return db.transaction(async (tx) => {
    const incident = await writeStep(tx, actor, id, 'prevention', input, now);
    await insertCommitment(tx, actor, {
      side: 'us',
      description: input.text,
      dueOn: input.dueOn,
      memberId: input.memberId,
      personId: incident.personId ?? undefined,
      organizationId: incident.organizationId ?? undefined,
      needId: incident.needId ?? undefined,
      incidentId: id,
    });
    return getIncident(tx, actor, id, utcDay(now));
  });
}
