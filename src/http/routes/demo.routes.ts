/** /api/v1/demo: loads a fresh demo firm and logs the caller in as its owner ("Explore the demo firm"). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/open-db.ts';
import { startSession } from '../../domain/auth/start-session.ts';
import { loadDemoFirm } from '../../domain/demo/load-demo-firm.ts';
import type { Clock } from '../../domain/clock.ts';
import { AppError } from '../../domain/errors.ts';
import { presentFirm, presentMember } from '../../presenters/present-member.ts';
import { errors } from '../schemas/common.schemas.ts';
import { sessionResponse } from '../schemas/auth.schemas.ts';
import { setSessionCookie, type CookieSecure } from '../session-cookie.ts';

const tags = ['demo'];

export function demoRoutes(db: Db, options: { enabled: boolean; cookieSecure: CookieSecure; clock: Clock }): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/demo', {
      // Each call creates a whole firm: a few per minute per address is plenty for a person exploring.
      config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Create a fresh demo firm full of example clients and conversations, and log in as its owner',
        response: { 201: sessionResponse, ...errors, 429: errors[400] },
      },
      handler: async (req, reply) => {
        if (!options.enabled) {
          throw new AppError('demo_disabled', 'The demo firm is turned off on this server (YELLOWPAD_DEMO=off).');
        }
        const { firm, owner } = await loadDemoFirm(db, { now: options.clock() });
        const session = await startSession(db, owner);
        setSessionCookie(req, reply, session.token, session.expiresAt, options.cookieSecure);
        return reply.status(201).send({ member: presentMember(owner), firm: presentFirm(firm), csrfToken: session.csrfToken });
      },
    });
  };
}
