/** Shared by the needs API tests: a firm with a client organisation and two of its people, and a POST that must succeed. */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { signUpFirm, type ApiClient } from '../support/api-client.ts';

/** POSTs and expects 201, returning the created record. */
export async function created(client: ApiClient, url: string, body: unknown): Promise<{ id: string } & Record<string, unknown>> {
  const res = await client.post(url, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** A new firm with Northwind Logistics, Sandra Okoye (who works there) and Tom Baker. */
export async function clientFirm(app: FastifyInstance) {
  const firm = await signUpFirm(app);
  const org = await created(firm.client, '/api/v1/organizations', { name: 'Northwind Logistics' });
  const sandra = await created(firm.client, '/api/v1/people', { fullName: 'Sandra Okoye', affiliations: [{ organizationId: org.id }] });
  const tom = await created(firm.client, '/api/v1/people', { fullName: 'Tom Baker' });
  return { ...firm, org: org.id, sandra: sandra.id, tom: tom.id };
}
