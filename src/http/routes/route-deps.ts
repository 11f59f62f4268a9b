import type { Db } from '../../db/open-db.ts';
import type { Clock } from '../../domain/clock.ts';

/** What the practice routes need: the database and the clock that says what "today" is. */
export interface RouteDeps {
  db: Db;
  clock: Clock;
  /** The server's public URL (YELLOWPAD_PUBLIC_URL) for links that leave the app; the request's address when unset. */
  publicUrl?: string;
}
