/** Shared by the client-side API tests: a need with a statement and three steps, shared with Sandra. */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { clientFirm, created } from './needs-fixtures.ts';

/** The token in a share page's URL. */
export const tokenOf = (url: string) => url.split('/s/')[1]!;

/** An anonymous call to the client's API (no cookie, no CSRF token), as the client's browser makes it. */
export function asClient(app: FastifyInstance, token: string, remoteAddress = '127.0.0.1') {
  const call = (method: 'GET' | 'POST', path: string, body?: unknown) =>
    app.inject({ method, url: `/api/v1/shared/${token}${path}`, remoteAddress, ...(body === undefined ? {} : { payload: body as object }) });
  return { get: (path = '') => call('GET', path), post: (path: string, body: unknown = {}) => call('POST', path, body) };
}

export async function sharedNeed(app: FastifyInstance) {
  const firm = await clientFirm(app);
  const need = await created(firm.client, '/api/v1/needs', {
    title: 'Faster month-end close',
    organizationId: firm.org,
    personIds: [firm.sandra, firm.tom],
    problemStatement: { text: 'The board does not trust the monthly numbers.' },
  });
  const steps = await firm.client.post(`/api/v1/needs/${need.id}/journey-steps/batch`, {
    steps: [
      { title: 'Board approves the budget', ownerSide: 'client', targetOn: '2026-04-01' },
      { title: 'We send the proposal', ownerSide: 'us' },
      { title: 'Pilot with one region', ownerSide: 'both' },
    ],
  });
  expect(steps.statusCode, steps.body).toBe(201);
  const [clientStep, ourStep, jointStep] = (steps.json() as { items: { id: string }[] }).items;
  const link = await created(firm.client, '/api/v1/share-links', { personId: firm.sandra, needId: need.id });
  return { ...firm, need: need.id, clientStep: clientStep!.id, ourStep: ourStep!.id, jointStep: jointStep!.id, link, token: tokenOf(link.url as string) };
}
