import type { Db } from '../../db/open-db.ts';
import type { Clock } from '../../domain/clock.ts';

/** What the practice routes need: the database and the clock that says what "today" is. */
export interface RouteDeps {
  db: Db;
  clock: Clock;
}
