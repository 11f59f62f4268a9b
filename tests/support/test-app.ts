/** One app per test file over that file's database. */
import { afterAll } from 'vitest';
import { buildApp } from '../../src/http/build-app.ts';
import { openTestDb } from './test-db.ts';

export async function setUpTestApp() {
  const opened = await openTestDb();
  const app = await buildApp({ db: opened.db, logger: false, demoEnabled: true });
  afterAll(() => app.close());
  return { app, db: opened.db, opened };
}
