/**
 * Reads the EXPLAIN ANALYZE plans of Today's statements (explain.ts) and says, per list, whether the
 * plan reads the partial index the list was written for, how long it took, and what else stands out:
 * a sequential scan of a large table. A member's open loops read conversation_members_timeline_idx (their
 * conversations in the window); the firm's read conversations_occurred_idx.
 */
import type { ExplainedCase, ExplainedStatement } from './explain.ts';

export interface TodayPlanCheck {
  /** The explained case (today-mine / today-firm and its label). */
  case: string;
  list: string;
  expectedIndex: string;
  used: boolean;
  executionMs: number;
  /** Anything else worth knowing from the plan; empty when nothing. */
  notes: string[];
}

const LISTS = [
  { list: 'follow-ups due', table: 'follow_ups', index: 'follow_ups_open_due_idx' },
  { list: 'commitments due', table: 'commitments', index: 'commitments_open_due_idx' },
  { list: 'open incidents', table: 'incidents', index: 'incidents_open_idx' },
  { list: 'open loops', table: 'conversations', index: 'conversations_occurred_idx', alt: 'conversation_members_timeline_idx' },
  { list: 'losing touch', table: 'people', index: 'people_cadence_idx' },
  { list: 'journeys at risk', table: 'journey_steps', index: 'journey_steps_open_target_idx' },
] as const;

/** Tables too large to read whole on every Today. */
const LARGE_TABLES = ['conversations', 'conversation_members', 'conversation_people', 'close_outs', 'follow_ups', 'commitments', 'people', 'journey_steps', 'needs'];

const reads = (plan: string, index: string) => new RegExp(`(using|on) ${index}\\b`).test(plan);
/** A list's own index, or its alternative (a member's open loops go through their conversation_members). */
const readsListIndex = (plan: string, list: (typeof LISTS)[number]) => reads(plan, list.index) || ('alt' in list && reads(plan, list.alt));

function notesOf(plan: string): string[] {
  const notes: string[] = [];
  for (const table of LARGE_TABLES) {
    const m = new RegExp(`Seq Scan on ${table}\\b[^\\n]*rows=([\\d.]+)[^\\n]*loops=(\\d+)`).exec(plan);
    if (m) notes.push(`sequential scan of ${table} (${Math.round(Number(m[1]) * Number(m[2])).toLocaleString('en')} rows)`);
  }
  return notes;
}

/** Which Today list a statement is: the table it reads first (open loops: the one with close_outs). */
export const listTable = (s: Pick<ExplainedStatement, 'sql'>) => (s.sql.includes('from "close_outs"') ? 'conversations' : /from "(\w+)"/.exec(s.sql)?.[1]);
export const isTotals = (s: Pick<ExplainedStatement, 'sql'>) => /^\s*select \(+select count/i.test(s.sql);

/** One check per Today list (and per count in the totals statement) of every Today case explained. */
export function todayPlanChecks(cases: ExplainedCase[]): TodayPlanCheck[] {
  const checks: TodayPlanCheck[] = [];
  for (const c of cases.filter((x) => x.endpoint === 'today-mine' || x.endpoint === 'today-firm')) {
    const name = `${c.endpoint}: ${c.label}`;
    for (const s of c.statements) {
      const ms = s.executionMs + s.planningMs;
      if (isTotals(s)) {
        const missing = LISTS.filter((l) => !readsListIndex(s.plan, l)).map((l) => l.index);
        checks.push({
          case: name,
          list: 'totals (the six counts, one statement)',
          expectedIndex: 'all six',
          used: missing.length === 0,
          executionMs: ms,
          notes: [...(missing.length ? [`does not read ${missing.join(', ')}`] : []), ...notesOf(s.plan)],
        });
        continue;
      }
      const list = LISTS.find((l) => l.table === listTable(s));
      if (!list) continue;
      checks.push({ case: name, list: list.list, expectedIndex: list.index, used: readsListIndex(s.plan, list), executionMs: ms, notes: notesOf(s.plan) });
    }
  }
  return checks;
}
