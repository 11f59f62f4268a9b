/** One app per test file over that file's database. */
import { afterAll } from 'vitest';
import { buildApp } from '../../src/http/build-app.ts';
import { openTestDb } from './test-db.ts';
import type { Clock } from '../../src/domain/clock.ts';

/**
 * `clock` sets the server's "now" (what "today" and default due dates are); the system clock otherwise.
 * `runImports` starts the import worker (off elsewhere, so test files sharing a PostgreSQL database do not
 * run each other's imports).
 */
export async function setUpTestApp(options: { clock?: Clock; runImports?: boolean } = {}) {
  const opened = await openTestDb();
  const app = await buildApp({ db: opened.db, logger: false, demoEnabled: true, clock: options.clock, runImports: options.runImports ?? false });
  afterAll(() => app.close());
  return { app, db: opened.db, opened };
}
