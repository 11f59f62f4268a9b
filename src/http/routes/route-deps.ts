import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/open-db.ts';
import type { Clock } from '../../domain/clock.ts';
import type { Mailer } from '../../email/mailer.ts';
import type { ImportWorker } from '../../server/import-worker.ts';
import type { ShareLookupGuard } from '../share-lookup-guard.ts';

/** What the practice routes need: the database and the clock that says what "today" is. */
export interface RouteDeps {
  db: Db;
  clock: Clock;
  /** The server's public URL (YELLOWPAD_PUBLIC_URL) for links that leave the app; the request's address when unset. */
  publicUrl?: string;
  /** Sends email (decision 023); undefined when SMTP_URL is unset (email off). */
  mailer?: Mailer;
  /** Woken when an import is started, so it begins at once (decision 021). */
  importWorker?: ImportWorker;
  /** Counts unknown share addresses per IP, shared by the client's page and its API (decision 024). */
  shareLookups?: ShareLookupGuard;
}

/** The server's public URL (YELLOWPAD_PUBLIC_URL), else the address this request came in on; no trailing slash. */
export const baseUrlOf = (deps: Pick<RouteDeps, 'publicUrl'>, req: FastifyRequest) =>
  (deps.publicUrl ?? new URL(`${req.protocol}://${req.host}`).origin).replace(/\/+$/, '');
