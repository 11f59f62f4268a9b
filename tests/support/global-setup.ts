/** Once per run: on a PostgreSQL server, apply migrations before the workers start (they share it). */
import { migrateDb } from '../../src/db/migrate-db.ts';
import { openDb } from '../../src/db/open-db.ts';

export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const opened = await openDb({ kind: 'postgres', url, poolSize: 2 });
  try {
    await migrateDb(opened);
  } finally {
    await opened.close();
  }
}
