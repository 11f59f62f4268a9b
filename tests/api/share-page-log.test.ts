/**
 * The client's page address is a secret: the request log writes /s/… and /api/v1/shared/… without it, and
 * GET /s/{token} answers with its status (200, 404, 410) under the page's strict headers.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, logRedact, logSerializers } from '../../src/http/build-app.ts';
import { openTestDb } from '../support/test-db.ts';
import { sharedNeed } from './share-links-fixtures.ts';

const lines: string[] = [];
let app: FastifyInstance;
beforeAll(async () => {
  const opened = await openTestDb();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: 'info', redact: logRedact, serializers: logSerializers }, sink);
  app = await buildApp({ db: opened.db, logger, demoEnabled: false });
});
afterAll(() => app?.close());

describe('the share page’s address', () => {
  it('never reaches the log, and the page answers with its status and strict headers', async () => {
    const s = await sharedNeed(app);
    const page = await app.inject({ method: 'GET', url: `/s/${s.token}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect((await app.inject({ method: 'GET', url: `/api/v1/shared/${s.token}` })).statusCode).toBe(200);
    await app.inject({ method: 'POST', url: `/api/v1/shared/${s.token}/comments`, payload: { text: 'hi' } });
    expect((await app.inject({ method: 'GET', url: `/s/${s.token}x` })).statusCode).toBe(404);
    const missing = await s.client.get(`/api/v1/shared/${s.token}/nothing-here`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain('/api/v1/shared/[redacted]/nothing-here');
    expect(missing.body).not.toContain(s.token);
    await s.client.post(`/api/v1/share-links/${s.link.id}/revoke`);
    expect((await app.inject({ method: 'GET', url: `/s/${s.token}` })).statusCode).toBe(410);

    const log = lines.join('');
    expect(log).toContain('/s/[redacted]');
    expect(log).toContain('/api/v1/shared/[redacted]');
    expect(log).not.toContain(s.token);
  });
});
