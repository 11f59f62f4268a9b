/**
 * The member the practice endpoints are asked as: the busiest one on the bench's today — the most open
 * follow-ups, open commitments and conversations in the open-loop window — so "Today, mine" is the
 * heaviest a member's Today gets in this firm.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/open-db.ts';
import type { Actor } from '../src/domain/actor.ts';
import { addDays } from '../src/common/days.ts';
import { practiceLimits } from '../src/common/practices.ts';
import { queryRows, toCount } from '../src/domain/support/rows.ts';
import { BENCH_TODAY } from './firm-vocabulary.ts';

export interface PracticeMember {
  actor: Actor;
  name: string;
  openFollowUps: number;
  openCommitments: number;
  recentConversations: number;
}

export async function busiestMember(db: Db, firmId: string): Promise<PracticeMember> {
  const since = `${addDays(BENCH_TODAY, -practiceLimits.openLoopDays)}T00:00:00Z`;
  const [m] = await queryRows<{ id: string; name: string; role: 'owner' | 'member'; fu: unknown; cm: unknown; cv: unknown }>(
    db,
    sql`select * from (select m.id, m.name, m.role,
               (select count(*) from follow_ups f where f.firm_id = m.firm_id and f.member_id = m.id and f.status = 'open') as fu,
               (select count(*) from commitments c where c.firm_id = m.firm_id and c.member_id = m.id and c.status = 'open') as cm,
               (select count(*) from conversation_members x join conversations c on c.firm_id = x.firm_id and c.id = x.conversation_id
                 where x.firm_id = m.firm_id and x.member_id = m.id and c.occurred_at >= ${since}::timestamptz) as cv
        from members m where m.firm_id = ${firmId}) t
        order by fu + cm + cv desc, id limit 1`,
  );
  if (!m) throw new Error('The bench firm has no members');
  return {
    actor: { firmId, memberId: m.id, role: m.role },
    name: m.name,
    openFollowUps: toCount(m.fu),
    openCommitments: toCount(m.cm),
    recentConversations: toCount(m.cv),
  };
}
