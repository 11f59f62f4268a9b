/**
 * The rules every journey step obeys, whether added, added from the template or edited: an owner that fits
 * the side, the owners' ids in the firm, and a completion day exactly when the step is done.
 */
import type { Db } from '../../db/open-db.ts';
import type { StepOwnerSide, StepStatus } from '../../common/practices.ts';
import { AppError } from '../errors.ts';
import { optionalText } from '../support/text.ts';
import { requireMembers, requirePeople } from './need-links.ts';

export interface JourneyStepInput {
  title: string;
  ownerSide: StepOwnerSide;
  /** The client's person who owns it (client or both sides). */
  ownerPersonId?: string | null;
  /** Our member who owns it (our side or both). */
  ownerMemberId?: string | null;
  /** The client's date for the step. */
  targetOn?: string | null;
  status?: StepStatus;
  notes?: string | null;
  /** The day it was done; today by default when the status is done. */
  completedOn?: string | null;
}

/** A step's stored fields, as checked here. */
export interface StepFields {
  title: string;
  ownerSide: StepOwnerSide;
  ownerPersonId: string | null;
  ownerMemberId: string | null;
  targetOn: string | null;
  status: StepStatus;
  notes: string | null;
  completedOn: string | null;
}

function invalid(field: string, problem: string, message: string): AppError {
  return new AppError('validation_failed', message, { fields: { [field]: problem } });
}

/**
 * Checks a step's fields once merged: the owner fits the side, and completedOn goes with done only.
 * `previous` is the stored step when editing: a done step keeps its day unless a new one is given.
 */
export function checkStep(input: JourneyStepInput, today: string, previous?: StepFields): StepFields {
  const status = input.status ?? 'planned';
  if (input.ownerSide === 'client' && input.ownerMemberId) {
    throw invalid('ownerMemberId', 'a client-side step is owned by one of their people', 'A step on the client’s side is owned by one of their people, not by us.');
  }
  if (input.ownerSide === 'us' && input.ownerPersonId) {
    throw invalid('ownerPersonId', 'a step on our side is owned by one of our team', 'A step on our side is owned by one of our team, not by the client.');
  }
  if (status !== 'done' && input.completedOn) {
    throw invalid('completedOn', 'only a done step has a completion day', 'Only a step that is done has the day it was done.');
  }
  if (input.completedOn && input.completedOn > today) {
    throw invalid('completedOn', 'must not be in the future', 'A step cannot be done on a day that has not come yet.');
  }
  const keptDay = previous?.status === 'done' ? previous.completedOn : null;
  return {
    title: input.title.trim(),
    ownerSide: input.ownerSide,
    ownerPersonId: input.ownerPersonId ?? null,
    ownerMemberId: input.ownerMemberId ?? null,
    targetOn: input.targetOn ?? null,
    status,
    notes: optionalText(input.notes),
    completedOn: status === 'done' ? (input.completedOn ?? keptDay ?? today) : null,
  };
}

/** The owners named by the steps must be the firm's people and members (404 not_found otherwise). */
export async function requireOwners(db: Db, firmId: string, steps: readonly StepFields[]): Promise<void> {
  await requirePeople(db, firmId, steps.flatMap((s) => (s.ownerPersonId ? [s.ownerPersonId] : [])));
  await requireMembers(db, firmId, steps.flatMap((s) => (s.ownerMemberId ? [s.ownerMemberId] : [])));
}
