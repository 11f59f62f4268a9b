/**
 * The practices' vocabularies are written twice: in src/common/practices.ts (API schemas, web forms) and as
 * CHECK constraints in the database. This keeps the two lists equal, so neither can drift alone.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  commitmentSides,
  commitmentStatuses,
  confirmationMethods,
  followUpStatuses,
  giftKinds,
  giftResponses,
  needOutcomes,
  providerKinds,
  referralDirections,
  statementOrigins,
  stepOwnerSides,
  stepStatuses,
} from '../../src/common/practices.ts';
import { channels } from '../../src/common/limits.ts';
import { clientActKinds, suggestionStatuses } from '../../src/common/client-side.ts';
import { queryRows } from '../../src/domain/support/rows.ts';
import { openTestDb } from '../support/test-db.ts';

const opened = await openTestDb();

/** The quoted values a CHECK constraint allows, as PostgreSQL prints it back. */
async function allowedValues(constraint: string): Promise<string[]> {
  const rows = await queryRows<{ definition: string }>(
    opened.db,
    sql`select pg_get_constraintdef(oid) as definition from pg_constraint where conname = ${constraint}`,
  );
  expect(rows, constraint).toHaveLength(1);
  return [...rows[0]!.definition.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}

describe('vocabularies', () => {
  it.each([
    ['conversations_channel_check', channels],
    ['needs_outcome_check', needOutcomes],
    ['problem_statements_origin_check', statementOrigins],
    ['problem_statement_confirmations_how_check', confirmationMethods],
    ['journey_steps_owner_side_check', stepOwnerSides],
    ['journey_steps_status_check', stepStatuses],
    ['commitments_side_check', commitmentSides],
    ['commitments_status_check', commitmentStatuses],
    ['gifts_kind_check', giftKinds],
    ['gifts_response_check', giftResponses],
    ['providers_kind_check', providerKinds],
    ['referrals_direction_check', referralDirections],
    ['follow_ups_status_check', followUpStatuses],
    ['client_acts_kind_check', clientActKinds],
    ['statement_suggestions_status_check', suggestionStatuses],
  ] as const)('%s allows exactly the shared list', async (constraint, values) => {
    expect((await allowedValues(constraint)).sort()).toEqual([...values].sort());
  });
});
