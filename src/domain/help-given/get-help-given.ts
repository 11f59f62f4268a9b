/**
 * Help given, whatever the fee: the times we referred a client to someone better suited (referrals out),
 * and the needs that ended referred out or advised not to buy — counted over a window, each count with the
 * records behind it (principle 6). A firm gives this kind of help dozens of times a year, not thousands, so
 * the records come with the counts (the newest `helpGivenItemsMax` of each).
 */
import { and, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { NeedOutcome } from '../../common/practices.ts';
import type { Db } from '../../db/open-db.ts';
import { needs, organizations, people, providers, referrals } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { windowRange, type ReliabilityWindow, type WindowRange } from '../reliability/reliability-window.ts';
import { checkLinks } from '../support/linked-records.ts';

export const helpGivenItemsMax = 100;

export interface HelpGivenInput {
  window: ReliabilityWindow;
  /** Only this member's help: referrals they recorded, needs they led. */
  memberId?: string;
}

export interface ReferralOutItem {
  id: string;
  referredOn: string;
  reason: string;
  provider: { id: string; name: string } | null;
  person: { id: string; fullName: string } | null;
  organization: { id: string; name: string } | null;
}

export interface ClosedNeedItem {
  id: string;
  title: string;
  outcome: NeedOutcome;
  reason: string | null;
  closedAt: Date;
  organization: { id: string; name: string } | null;
}

export interface HelpGiven {
  window: WindowRange & { key: ReliabilityWindow };
  referralsOut: { count: number; items: ReferralOutItem[] };
  referredOut: { count: number; items: ClosedNeedItem[] };
  advisedNotToBuy: { count: number; items: ClosedNeedItem[] };
}

const ref = <T>(id: string | null, value: T) => (id ? value : null);

export async function getHelpGiven(db: Db, actor: Actor, input: HelpGivenInput, today: string): Promise<HelpGiven> {
  if (input.memberId) await checkLinks(db, actor.firmId, { memberId: input.memberId });
  const range = windowRange(input.window, today);

  const referralWhere = and(
    eq(referrals.firmId, actor.firmId),
    eq(referrals.direction, 'out'),
    gte(referrals.referredOn, range.from),
    lte(referrals.referredOn, range.to),
    input.memberId ? eq(referrals.createdBy, input.memberId) : undefined,
  );
  const [referralCount] = await db.select({ n: count() }).from(referrals).where(referralWhere);
  const referralRows = await db
    .select({
      id: referrals.id,
      referredOn: referrals.referredOn,
      reason: referrals.reason,
      providerId: providers.id,
      providerName: providers.name,
      personId: people.id,
      personName: people.fullName,
      organizationId: organizations.id,
      organizationName: organizations.name,
    })
    .from(referrals)
    .leftJoin(providers, and(eq(providers.firmId, referrals.firmId), eq(providers.id, referrals.providerId)))
    .leftJoin(people, and(eq(people.firmId, referrals.firmId), eq(people.id, referrals.personId)))
    .leftJoin(organizations, and(eq(organizations.firmId, referrals.firmId), eq(organizations.id, referrals.organizationId)))
    .where(referralWhere)
    .orderBy(desc(referrals.referredOn), desc(referrals.id))
    .limit(helpGivenItemsMax);

  const closedNeeds = (outcome: NeedOutcome): SQL =>
    and(
      eq(needs.firmId, actor.firmId),
      eq(needs.outcome, outcome),
      sql`(${needs.outcomeAt} at time zone 'UTC')::date between ${range.from}::date and ${range.to}::date`,
      input.memberId ? eq(needs.leadMemberId, input.memberId) : undefined,
    )!;
  const needsClosedAs = async (outcome: NeedOutcome) => {
    const where = closedNeeds(outcome);
    const [total] = await db.select({ n: count() }).from(needs).where(where);
    const rows = await db
      .select({
        id: needs.id,
        title: needs.title,
        outcome: needs.outcome,
        reason: needs.outcomeReason,
        closedAt: needs.outcomeAt,
        organizationId: organizations.id,
        organizationName: organizations.name,
      })
      .from(needs)
      .leftJoin(organizations, and(eq(organizations.firmId, needs.firmId), eq(organizations.id, needs.organizationId)))
      .where(where)
      .orderBy(desc(needs.outcomeAt), desc(needs.id))
      .limit(helpGivenItemsMax);
    return {
      count: Number(total?.n ?? 0),
      items: rows.map((r) => ({
        id: r.id,
        title: r.title,
        outcome: r.outcome!,
        reason: r.reason,
        closedAt: r.closedAt!,
        organization: ref(r.organizationId, { id: r.organizationId!, name: r.organizationName! }),
      })),
    };
  };

  return {
    window: { key: input.window, ...range },
    referralsOut: {
      count: Number(referralCount?.n ?? 0),
      items: referralRows.map((r) => ({
        id: r.id,
        referredOn: r.referredOn,
        reason: r.reason,
        provider: ref(r.providerId, { id: r.providerId!, name: r.providerName! }),
        person: ref(r.personId, { id: r.personId!, fullName: r.personName! }),
        organization: ref(r.organizationId, { id: r.organizationId!, name: r.organizationName! }),
      })),
    },
    referredOut: await needsClosedAs('referred_out'),
    advisedNotToBuy: await needsClosedAs('advised_not_to_buy'),
  };
}
