/**
 * Records one step of the response to an incident (acknowledged, explained, verified), in order, at a
 * moment that is neither in the future nor before the step it follows. The prevention step, which also
 * creates a commitment, is record-prevention.ts; both write through writeStep.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { incidents } from '../../db/schema.ts';
import { utcDay } from '../../common/days.ts';
import type { IncidentStep } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { invalid } from '../commitments/invalid.ts';
import { notFound } from '../errors.ts';
import { getIncident, type IncidentWithPrevention } from './get-incident.ts';
import { pastMoment } from './incident-moments.ts';
import { checkStepAllowed } from './incident-steps.ts';
import type { IncidentRow } from './incident-view.ts';

export interface StepInput {
  text: string;
  /** ISO 8601; defaults to now by the clock. */
  at?: string;
}

const columns: Record<IncidentStep, { at: keyof IncidentRow; text: keyof IncidentRow }> = {
  acknowledged: { at: 'acknowledgedAt', text: 'acknowledgement' },
  explained: { at: 'explainedAt', text: 'explanation' },
  prevention: { at: 'preventionAt', text: 'prevention' },
  verified: { at: 'verifiedAt', text: 'verification' },
};

/** Inside the caller's transaction: locks the incident, checks order and moment, writes the step. Returns the incident as it was. */
export async function writeStep(tx: Db, actor: Actor, id: string, step: IncidentStep, input: StepInput, now: Date): Promise<IncidentRow> {
  const where = and(eq(incidents.firmId, actor.firmId), eq(incidents.id, id));
  const [current] = await tx.select().from(incidents).where(where).for('update').limit(1);
  if (!current) throw notFound('incident');
  const previousAt = checkStepAllowed(current, step);
  const at = pastMoment('at', input.at, now);
  if (at < previousAt) {
    throw invalid('at', 'must not be before the previous step', 'Each step happens after the one before it (and after the report). Check the time.');
  }
  const { at: atColumn, text: textColumn } = columns[step];
  await tx
    .update(incidents)
    .set({ [atColumn]: at, [textColumn]: input.text.trim(), updatedAt: new Date(), version: sql`${incidents.version} + 1` })
    .where(where);
  return current;
}

/** Records acknowledged, explained or verified, and returns the incident as it now is. */
export async function recordIncidentStep(
  db: Db,
  actor: Actor,
  id: string,
  step: Exclude<IncidentStep, 'prevention'>,
  input: StepInput,
  now: Date,
): Promise<IncidentWithPrevention> {
  return db.transaction(async (tx) => {
    await writeStep(tx, actor, id, step, input, now);
    return getIncident(tx, actor, id, utcDay(now));
  });
}
