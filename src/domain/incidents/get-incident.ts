/** One incident of the actor's firm with its steps and its prevention commitment; another firm's is "not found". */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { incidents } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { getCommitment } from '../commitments/get-commitment.ts';
import type { CommitmentView } from '../commitments/commitment-view.ts';
import { notFound } from '../errors.ts';
import { preventionCommitmentId, selectIncidents, toView, type IncidentView } from './incident-view.ts';

export type IncidentWithPrevention = IncidentView & { preventionCommitment: CommitmentView | null };

/** `today` (YYYY-MM-DD) gives the prevention commitment its standing. */
export async function getIncident(db: Db, actor: Actor, id: string, today: string): Promise<IncidentWithPrevention> {
  const [row] = await selectIncidents(db)
    .where(and(eq(incidents.firmId, actor.firmId), eq(incidents.id, id)))
    .limit(1);
  if (!row) throw notFound('incident');
  const commitmentId = await preventionCommitmentId(db, actor.firmId, id);
  return { ...toView(row), preventionCommitment: commitmentId ? await getCommitment(db, actor, commitmentId, today) : null };
}
