/**
 * One organisation's view of the demo while its practice rows are built: content keys resolved to ids,
 * and every DemoWhen placed on the organisation's scheduled conversations or on `now`.
 */
import { utcDay } from '../../common/days.ts';
import type { StepOwnerSide } from '../../common/practices.ts';
import { demoArcs } from './demo-arcs.ts';
import { lookup } from './demo-lookup.ts';
import { demoMembers } from './demo-organizations.ts';
import type { DemoStepOwner, DemoWhen } from './demo-practice-types.ts';
import type { DemoMemberKey, DemoScript } from './demo-types.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The loaded firm as the practice content needs it: ids by content key, conversations by organisation. */
export interface DemoPracticeContext {
  firmId: string;
  now: Date;
  members: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  organizations: ReadonlyMap<string, string>;
  /** Each organisation's conversations, in arc order. */
  conversations: ReadonlyMap<string, readonly { id: string; occurredAt: Date }[]>;
}

/** A conversation of the organisation, with the script it was written from. */
export interface DemoScopeConversation {
  id: string;
  occurredAt: Date;
  script: DemoScript;
}

const memberKeys = new Set<string>(demoMembers.map((m) => m.key));

/** The organisation's own records that other content refers to by key. */
type RecordKind = 'need' | 'incident' | 'gift' | 'referral';

/** Resolves one organisation's content: keys to ids, DemoWhens to moments and days. */
export class DemoScope {
  readonly firmId: string;
  readonly now: Date;
  readonly organizationId: string;
  /** Ids of the organisation's own records, by kind and content key. */
  private readonly ids: Record<RecordKind, Map<string, string>> = { need: new Map(), incident: new Map(), gift: new Map(), referral: new Map() };
  private readonly conversations: DemoScopeConversation[];

  constructor(
    private readonly context: DemoPracticeContext,
    readonly org: string,
  ) {
    this.firmId = context.firmId;
    this.now = context.now;
    this.organizationId = lookup(context.organizations, org, 'organisation');
    const arc = lookup(new Map(demoArcs.map((a) => [a.org, a])), org, 'arc');
    const scheduled = lookup(context.conversations, org, "organisation's conversations");
    this.conversations = arc.scripts.map((script, i) => ({ ...scheduled[i]!, script }));
  }

  conversation(index: number): DemoScopeConversation {
    const found = this.conversations[index];
    if (!found) throw new Error(`Demo content refers to conversation ${index} of "${this.org}", which has ${this.conversations.length}.`);
    return found;
  }

  /** The moment a DemoWhen names. */
  at(when: DemoWhen): Date {
    const [base, days] = 'conv' in when ? [this.conversation(when.conv).occurredAt, when.days ?? 0] : [this.now, when.today];
    return new Date(base.getTime() + days * DAY_MS + (when.hours ?? 0) * HOUR_MS);
  }

  /** The calendar day (UTC) a DemoWhen names. */
  day(when: DemoWhen): string {
    return utcDay(this.at(when));
  }

  /** The conversation a record made at this moment belongs to, if the moment is conversation-relative. */
  conversationId(when: DemoWhen): string | null {
    return 'conv' in when ? this.conversation(when.conv).id : null;
  }

  person(key: string): string {
    return lookup(this.context.people, key, 'person');
  }

  member(key: DemoMemberKey): string {
    return lookup(this.context.members, key, 'member');
  }

  /** The id of one of this organisation's records, or null when the content names none. */
  idOf(kind: RecordKind, key: string | undefined): string | null {
    return key === undefined ? null : lookup(this.ids[kind], key, `${kind} of "${this.org}"`);
  }

  /** Registers a new record's id under its content key. */
  register(kind: RecordKind, key: string, id: string): void {
    if (this.ids[kind].has(key)) throw new Error(`Demo content defines the ${kind} "${key}" twice.`);
    this.ids[kind].set(key, id);
  }

  owner(owner: DemoStepOwner): { ownerSide: StepOwnerSide; ownerPersonId: string | null; ownerMemberId: string | null } {
    if (Array.isArray(owner)) return { ownerSide: 'both', ownerPersonId: this.person(owner[0]), ownerMemberId: this.member(owner[1]) };
    if (memberKeys.has(owner)) return { ownerSide: 'us', ownerPersonId: null, ownerMemberId: this.member(owner as DemoMemberKey) };
    return { ownerSide: 'client', ownerPersonId: this.person(owner), ownerMemberId: null };
  }
}

/** The latest of some moments (for a record's updated_at). */
export function latest(...moments: (Date | null | undefined)[]): Date {
  const times = moments.filter((m): m is Date => m instanceof Date).map((m) => m.getTime());
  return new Date(Math.max(...times));
}
