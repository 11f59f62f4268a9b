/**
 * Loads the demo firm, Larkspur & Reed Advisory: four members, ten client organisations, about fifty
 * people and 150 conversations over the two years before `now`, and the practices that grew from them
 * (needs, journeys, commitments, gifts, referrals, close-outs, follow-ups, incidents, cadences) and two
 * call transcripts, so every screen has something real to show. Used by `yellowpad demo` and the web app's "Explore the demo firm".
 *
 * Firm, people and conversations go through the ordinary use cases; the practice records are history and
 * are inserted directly (see load-demo-practices.ts). All of it happens in one transaction, so a failure
 * leaves nothing half-loaded. Content is deterministic for a given seed and `now`; only the owner's
 * email, the passwords and the ids are random.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Db } from '../../db/open-db.ts';
import { limits } from '../../common/limits.ts';
import type { Actor } from '../actor.ts';
import { createConversation } from '../conversations/create-conversation.ts';
import { AppError } from '../errors.ts';
import { createFirm, type FirmRow, type MemberRow } from '../firms/create-firm.ts';
import { createMember } from '../members/create-member.ts';
import { createOrganization } from '../organizations/create-organization.ts';
import { createPerson } from '../people/create-person.ts';
import { saveTranscript } from '../transcripts/save-transcript.ts';
import { demoArcs } from './demo-arcs.ts';
import { lookup } from './demo-lookup.ts';
import { demoFirmName, demoMembers, demoOrganizations } from './demo-organizations.ts';
import { demoPeople } from './demo-people.ts';
import { defaultDemoSeed, scheduleDemo } from './demo-schedule.ts';
import { demoTranscripts } from './demo-transcripts.ts';
import { loadDemoPractices, type DemoPracticeCounts } from './load-demo-practices.ts';
import { loadDemoClientSide, type DemoClientSideCounts } from './load-demo-client-side.ts';
import type { DemoMemberKey } from './demo-types.ts';

export interface LoadDemoFirmOptions {
  /** The demo's "today": conversations fall in the two years before it. Defaults to now. */
  now?: Date;
  /** Defaults to demo+<6 random hex>@yellowpad.example (emails are unique across firms). */
  ownerEmail?: string;
  /** Defaults to a random password, returned so it can be shown once. */
  ownerPassword?: string;
  /** Seed for the conversations' dates and times; the same seed and `now` give the same firm. */
  seed?: number;
}

/** A member as the loader returns it: never with the password hash. */
export type DemoMemberRow = Omit<MemberRow, 'passwordHash'>;

export interface LoadedDemoFirm {
  firm: FirmRow;
  owner: DemoMemberRow;
  /** The owner's three colleagues (the owner is `owner`). */
  members: DemoMemberRow[];
  /** The owner's password (the one given, or the random one generated). */
  password: string;
  /** What was created; `members` counts everyone in the firm, the owner included. */
  counts: { organizations: number; people: number; conversations: number; members: number } & DemoPracticeCounts & DemoClientSideCounts;
}

const passwordAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A readable random password: four groups of four from an alphabet without look-alikes (~78 bits). */
export function randomDemoPassword(): string {
  const group = () => Array.from({ length: 4 }, () => passwordAlphabet[randomInt(passwordAlphabet.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

function withoutHash({ passwordHash: _hash, ...member }: MemberRow): DemoMemberRow {
  return member;
}

function checkOptions(options: LoadDemoFirmOptions): void {
  if (options.ownerPassword !== undefined && options.ownerPassword.length < limits.passwordMin) {
    throw new AppError('validation_failed', `The demo owner's password must be at least ${limits.passwordMin} characters.`, {
      fields: { ownerPassword: `must be at least ${limits.passwordMin} characters` },
    });
  }
  if (options.ownerEmail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(options.ownerEmail.trim())) {
    throw new AppError('validation_failed', "The demo owner's email is not a valid address.", { fields: { ownerEmail: 'is not an email address' } });
  }
}

export async function loadDemoFirm(db: Db, options: LoadDemoFirmOptions = {}): Promise<LoadedDemoFirm> {
  checkOptions(options);
  const now = options.now ?? new Date();
  const schedule = scheduleDemo(now, options.seed ?? defaultDemoSeed);
  const tag = randomBytes(3).toString('hex');
  const password = options.ownerPassword ?? randomDemoPassword();
  const ownerSpec = demoMembers.find((m) => m.role === 'owner')!;

  return db.transaction(async (tx) => {
    const { firm, owner } = await createFirm(tx, {
      firmName: demoFirmName,
      ownerName: ownerSpec.name,
      ownerEmail: options.ownerEmail ?? `demo+${tag}@yellowpad.example`,
      ownerPassword: password,
    });
    const actors = new Map<DemoMemberKey, Actor>([[ownerSpec.key, { firmId: firm.id, memberId: owner.id, role: 'owner' }]]);
    const colleagues: MemberRow[] = [];
    for (const spec of demoMembers.filter((m) => m.role !== 'owner')) {
      const member = await createMember(tx, {
        firmId: firm.id,
        email: `${spec.emailLocal}+${tag}@larkspur-reed.example`,
        name: spec.name,
        password: randomDemoPassword(),
        role: spec.role,
        createdBy: owner.id,
      });
      colleagues.push(member);
      actors.set(spec.key, { firmId: firm.id, memberId: member.id, role: member.role });
    }
    const ownerActor = actors.get(ownerSpec.key)!;

    const organizationIds = new Map<string, string>();
    const domains = new Map<string, string>();
    for (const org of demoOrganizations) {
      const created = await createOrganization(tx, ownerActor, { name: org.name, website: org.website, industry: org.industry, notes: org.notes });
      organizationIds.set(org.key, created.id);
      domains.set(org.key, org.domain);
    }

    const personIds = new Map<string, string>();
    for (const person of demoPeople) {
      const domain = lookup(domains, person.affiliations[0]!.org, 'organisation');
      const created = await createPerson(tx, ownerActor, {
        fullName: person.fullName,
        emails: person.emails.map((e) => (e.includes('@') ? e : `${e}@${domain}`)),
        phones: person.phones,
        notes: person.notes ?? null,
        affiliations: person.affiliations.map((a) => ({ organizationId: lookup(organizationIds, a.org, 'organisation'), title: a.title })),
      });
      personIds.set(person.key, created.id);
    }

    const conversations = new Map<string, { id: string; occurredAt: Date }[]>();
    for (const arc of demoArcs) {
      const dates = lookup(schedule, arc.org, "organisation's schedule");
      const created: { id: string; occurredAt: Date }[] = [];
      for (const [i, script] of arc.scripts.entries()) {
        const memberActors = script.members.map((key) => lookup(actors, key, 'member'));
        const conversation = await createConversation(tx, memberActors[0]!, {
          occurredAt: dates[i]!,
          channel: script.channel,
          personIds: script.people.map((key) => lookup(personIds, key, 'person')),
          memberIds: memberActors.map((a) => a.memberId),
          summary: script.summary,
          notes: script.notes,
        });
        created.push({ id: conversation.id, occurredAt: conversation.occurredAt });
        if (script.transcript) {
          await saveTranscript(tx, memberActors[0]!, conversation.id, { text: demoTranscripts[script.transcript], fileName: `${script.transcript}.vtt` });
        }
      }
      conversations.set(arc.org, created);
    }

    const practices = await loadDemoPractices(tx, {
      firmId: firm.id,
      now,
      members: new Map([...actors].map(([key, actor]) => [key, actor.memberId])),
      people: personIds,
      organizations: organizationIds,
      conversations,
    });
    const clientSide = await loadDemoClientSide(tx, { firmId: firm.id, now, ownerId: owner.id });

    return {
      firm,
      owner: withoutHash(owner),
      members: colleagues.map(withoutHash),
      password,
      counts: {
        organizations: organizationIds.size,
        people: personIds.size,
        conversations: [...conversations.values()].reduce((n, list) => n + list.length, 0),
        members: 1 + colleagues.length,
        ...practices,
        ...clientSide,
      },
    };
  });
}
