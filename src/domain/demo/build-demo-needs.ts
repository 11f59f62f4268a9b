/**
 * The rows of one demo need: the need, its people, its problem-statement versions with the client's
 * confirmations, and its decision journey. Pure: ids are assigned here, dates placed by the scope.
 */
import { randomUUID } from 'node:crypto';
import type { journeySteps, needPeople, needs, problemStatementConfirmations, problemStatements } from '../../db/schema.ts';
import type { DemoNeed } from './demo-practice-types.ts';
import { latest, type DemoScope } from './demo-scope.ts';

export interface DemoNeedRows {
  needs: (typeof needs.$inferInsert)[];
  needPeople: (typeof needPeople.$inferInsert)[];
  problemStatements: (typeof problemStatements.$inferInsert)[];
  confirmations: (typeof problemStatementConfirmations.$inferInsert)[];
  journeySteps: (typeof journeySteps.$inferInsert)[];
}

export function emptyNeedRows(): DemoNeedRows {
  return { needs: [], needPeople: [], problemStatements: [], confirmations: [], journeySteps: [] };
}

/** Adds one need's rows to `rows` and registers its id in the scope. */
export function addDemoNeed(rows: DemoNeedRows, scope: DemoScope, need: DemoNeed): void {
  const { firmId } = scope;
  const needId = randomUUID();
  scope.register('need', need.key, needId);
  const leadMemberId = scope.member(need.lead);
  const statementTimes = need.statements.map((s) => scope.at(s.at));
  const createdAt = statementTimes[0];
  if (!createdAt) throw new Error(`Demo need "${need.key}" has no problem statement.`);

  need.statements.forEach((statement, i) => {
    const version = i + 1;
    const createdBy = scope.member(statement.by);
    rows.problemStatements.push({
      firmId,
      needId,
      version,
      text: statement.text,
      origin: statement.origin,
      changeReason: statement.reason ?? null,
      createdAt: statementTimes[i]!,
      createdBy,
    });
    for (const confirmation of statement.confirmations ?? []) {
      const confirmedAt = scope.at(confirmation.at);
      rows.confirmations.push({
        firmId,
        needId,
        version,
        personId: scope.person(confirmation.person),
        how: confirmation.how,
        confirmedAt,
        note: confirmation.note ?? null,
        createdAt: confirmedAt,
        createdBy,
      });
    }
  });

  (need.journey ?? []).forEach((step, i) => {
    const completed = step.completed ? scope.at(step.completed) : null;
    rows.journeySteps.push({
      firmId,
      needId,
      position: i + 1,
      title: step.title,
      ...scope.owner(step.owner),
      targetOn: step.target ? scope.day(step.target) : null,
      status: step.status,
      notes: step.notes ?? null,
      completedOn: step.completed ? scope.day(step.completed) : null,
      createdAt,
      updatedAt: latest(createdAt, completed),
      createdBy: leadMemberId,
    });
  });

  rows.needPeople.push(...need.people.map((key) => ({ firmId, needId, personId: scope.person(key) })));

  const outcomeAt = need.outcome ? scope.at(need.outcome.at) : null;
  rows.needs.push({
    id: needId,
    firmId,
    title: need.title,
    organizationId: scope.organizationId,
    leadMemberId,
    outcome: need.outcome?.outcome ?? null,
    outcomeReason: need.outcome?.reason ?? null,
    outcomeLesson: need.outcome?.lesson ?? null,
    outcomeAt,
    outcomeBy: need.outcome ? scope.member(need.outcome.by) : null,
    createdAt,
    updatedAt: latest(...statementTimes, ...rows.confirmations.filter((c) => c.needId === needId).map((c) => c.confirmedAt), outcomeAt),
    createdBy: leadMemberId,
  });
}
