/** /api/v1/auth and /api/v1/tokens: sign-up, log-in, log-out, the current session, API tokens. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/open-db.ts';
import { createApiToken } from '../../domain/auth/create-api-token.ts';
import { logIn } from '../../domain/auth/log-in.ts';
import { logOut } from '../../domain/auth/log-out.ts';
import { signUp } from '../../domain/auth/sign-up.ts';
import { presentFirm, presentMember } from '../../presenters/present-member.ts';
import { iso } from '../../presenters/iso.ts';
import { actorOf } from '../auth-context.ts';
import { errors } from '../schemas/common.schemas.ts';
import { createTokenBody, loginBody, sessionResponse, signupBody, tokenResponse } from '../schemas/auth.schemas.ts';
import { clearSessionCookie, setSessionCookie, type CookieSecure } from '../session-cookie.ts';

const tags = ['auth'];
/** Log-in and sign-up are rate-limited per address and email, against password guessing. */
const loginRateLimit = {
  max: 10,
  timeWindow: '1 minute',
  keyGenerator: (req: { ip: string; body?: unknown }) => `${req.ip}|${String((req.body as { email?: string } | undefined)?.email ?? '').toLowerCase()}`,
};

export function authRoutes(db: Db, cookieSecure: CookieSecure): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/auth/signup', {
      config: { public: true, rateLimit: loginRateLimit },
      schema: { tags, summary: 'Create a firm and its owner, and log in', body: signupBody, response: { 201: sessionResponse, ...errors } },
      handler: async (req, reply) => {
        const { firm, member, session } = await signUp(db, {
          firmName: req.body.firmName,
          ownerName: req.body.name,
          ownerEmail: req.body.email,
          ownerPassword: req.body.password,
        });
        setSessionCookie(req, reply, session.token, session.expiresAt, cookieSecure);
        return reply.status(201).send({ member: presentMember(member), firm: presentFirm(firm), csrfToken: session.csrfToken });
      },
    });

    app.post('/auth/login', {
      config: { public: true, rateLimit: loginRateLimit },
      schema: { tags, summary: 'Log in', body: loginBody, response: { 200: sessionResponse, ...errors, 429: errors[400] } },
      handler: async (req, reply) => {
        const { firm, member, session } = await logIn(db, req.body);
        setSessionCookie(req, reply, session.token, session.expiresAt, cookieSecure);
        return { member: presentMember(member), firm: presentFirm(firm), csrfToken: session.csrfToken };
      },
    });

    app.post('/auth/logout', {
      schema: { tags, summary: 'Log out (ends this session)', response: { 204: z.null(), ...errors } },
      handler: async (req, reply) => {
        if (req.auth?.sessionToken) await logOut(db, req.auth.sessionToken);
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    });

    app.get('/auth/session', {
      schema: { tags, summary: 'Who is logged in (and the CSRF token for this session)', response: { 200: sessionResponse, ...errors } },
      handler: async (req) => {
        actorOf(req);
        return { member: presentMember(req.auth!.member), firm: presentFirm(req.auth!.firm), csrfToken: req.auth!.csrfToken ?? '' };
      },
    });

    app.post('/tokens', {
      schema: { tags, summary: 'Create an API token (shown once)', body: createTokenBody, response: { 201: tokenResponse, ...errors } },
      handler: async (req, reply) => {
        const created = await createApiToken(db, actorOf(req), req.body);
        return reply.status(201).send({ ...created, createdAt: iso(created.createdAt) });
      },
    });
  };
}
