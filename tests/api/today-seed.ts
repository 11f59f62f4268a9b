/**
 * Seeds one firm's records for the Today tests through the API, as a member would write them: people,
 * conversations, follow-ups, commitments, incidents, needs and their journeys, close-outs. Only what no
 * endpoint may do is written with drizzle: backdating when a person was added, and a colleague who never
 * logs in.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../../src/db/open-db.ts';
import { members, people } from '../../src/db/schema.ts';
import { signUpFirm, type SignedUp } from '../support/api-client.ts';

type Fields = Record<string, unknown>;

export class TodayFirm {
  private constructor(
    readonly db: Db,
    readonly signedUp: SignedUp,
  ) {}

  /** A new firm, signed up through the API, with its owner as the acting member. */
  static async create(app: FastifyInstance, db: Db): Promise<TodayFirm> {
    return new TodayFirm(db, await signUpFirm(app));
  }

  get client() {
    return this.signedUp.client;
  }
  get memberId() {
    return this.signedUp.member.id;
  }

  /** GET /today with the given query string; asserts 200 and returns the body. */
  async today(query = '') {
    const res = await this.client.get(`/api/v1/today${query ? `?${query}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  /** POSTs and asserts the status; returns the body. */
  async post(url: string, body: Fields, status = 201) {
    const res = await this.client.post(url, body);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(status);
    return res.json();
  }

  /** A colleague in the same firm who never logs in (a member row: invitations need a browser-like dance). */
  async colleague(name = 'Colleague'): Promise<string> {
    const firmId = this.signedUp.firm.id;
    const email = `colleague-${randomUUID()}@example.test`;
    const [row] = await this.db.insert(members).values({ firmId, email, name, role: 'member', passwordHash: 'never-logs-in' }).returning({ id: members.id });
    return row!.id;
  }

  /** A person; `createdOn` backdates their record (where the count starts when there was no conversation). */
  async person(fullName: string, options: { stayInTouchDays?: number; createdOn?: string } = {}): Promise<string> {
    const { id } = await this.post('/api/v1/people', { fullName, stayInTouchDays: options.stayInTouchDays });
    if (options.createdOn) await this.db.update(people).set({ createdAt: new Date(`${options.createdOn}T09:00:00Z`) }).where(eq(people.id, id));
    return id;
  }

  async organization(name: string): Promise<string> {
    return (await this.post('/api/v1/organizations', { name })).id;
  }

  /** A conversation; the acting member took part unless `memberIds` says otherwise. */
  async conversation(personIds: string[], occurredAt: string, extra: { memberIds?: string[]; summary?: string } = {}): Promise<string> {
    return (await this.post('/api/v1/conversations', { occurredAt, channel: 'call', personIds, ...extra })).id;
  }

  async closeOut(conversationId: string) {
    await this.post(`/api/v1/conversations/${conversationId}/close-out`, { valueAdd: { description: 'Sent the month-end benchmark' } });
  }

  /** A follow-up of the acting member unless the fields say otherwise. */
  async followUp(fields: Fields & { dueOn: string }): Promise<string> {
    return (await this.post('/api/v1/follow-ups', { content: `Bring the cash-flow sample promised for ${fields.dueOn}`, ...fields })).id;
  }

  /** A commitment of ours (the acting member's) unless the fields say otherwise. */
  async commitment(fields: Fields & { dueOn: string }): Promise<string> {
    return (await this.post('/api/v1/commitments', { side: 'us', description: `Promise due ${fields.dueOn}`, ...fields })).id;
  }

  async incident(fields: Fields & { title: string; reportedAt: string }): Promise<string> {
    return (await this.post('/api/v1/incidents', { whatHappened: 'The payroll file went out a day late.', ...fields })).id;
  }

  /** Takes an incident's next steps, in order, each at the given moment. */
  async incidentSteps(id: string, steps: ('acknowledge' | 'explain' | 'prevention' | 'verify')[], at: string) {
    const bodies = {
      acknowledge: { message: 'We know, and we are on it.' },
      explain: { explanation: 'A gap in the rota.' },
      prevention: { prevention: 'Two people check each run.', dueOn: '2025-07-31' },
      verify: { verification: 'Checked the next run.' },
    };
    for (const step of steps) await this.post(`/api/v1/incidents/${id}/${step}`, { ...bodies[step], at }, 200);
  }

  /** A need of a client person (made for it) with its journey steps, in order. */
  async need(title: string, steps: (Fields & { title: string })[], fields: Fields = {}): Promise<{ id: string; stepIds: string[] }> {
    const personIds = fields.organizationId ? undefined : [await this.person(`Client for ${title}`)];
    const { id } = await this.post('/api/v1/needs', { title, personIds, ...fields });
    const stepIds: string[] = [];
    for (const step of steps) stepIds.push((await this.post(`/api/v1/needs/${id}/journey-steps`, { ownerSide: 'client', ...step })).id);
    return { id, stepIds };
  }
}
