/**
 * Firm B can neither preview nor erase firm A's people (404, nothing changes), and B's audit trail never
 * shows A's entries.
 */
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUpFirm, type SignedUp } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';
import { created } from './needs-fixtures.ts';

let app: FastifyInstance;
let a: SignedUp;
let b: SignedUp;
let aPerson: string;
let aErased: string;

beforeAll(async () => {
  ({ app } = await setUpTestApp());
  a = await signUpFirm(app);
  b = await signUpFirm(app);
  aPerson = (await created(a.client, '/api/v1/people', { fullName: 'Zebra Quint', emails: ['zebra@a.example'] })).id;
  aErased = (await created(a.client, '/api/v1/people', { fullName: 'Yak Rowe' })).id;
  expect((await a.client.post(`/api/v1/people/${aErased}/erasure`, { confirmName: 'Yak Rowe' })).statusCode).toBe(201);
  const bPerson = await created(b.client, '/api/v1/people', { fullName: 'Wren Sato' });
  expect((await b.client.post(`/api/v1/people/${bPerson.id}/erasure`, { confirmName: 'Wren Sato' })).statusCode).toBe(201);
});

describe('cross-tenant isolation of erasure and the audit trail', () => {
  it("answers 404 for another firm's person, and changes nothing", async () => {
    for (const res of [
      await b.client.get(`/api/v1/people/${aPerson}/erasure-preview`),
      await b.client.post(`/api/v1/people/${aPerson}/erasure`, { confirmName: 'Zebra Quint', reason: 'not ours' }),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await a.client.get(`/api/v1/people/${aPerson}`)).json()).toMatchObject({ fullName: 'Zebra Quint', emails: ['zebra@a.example'] });
    expect((await a.client.get('/api/v1/audit')).json().items.map((e: { subjectId: string }) => e.subjectId)).toEqual([aErased]);
  });

  it("never shows A's audit entries to B", async () => {
    const items = (await b.client.get('/api/v1/audit?limit=200')).json().items as { subjectId: string }[];
    expect(items).toHaveLength(1);
    expect(items.map((e) => e.subjectId)).not.toContain(aErased);
  });
});
