/**
 * Works out who is calling — a session cookie or a Bearer token — once per request, and enforces the
 * CSRF rule: cookie-authenticated requests that change state must echo the session's CSRF token.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/open-db.ts';
import type { Actor } from '../domain/actor.ts';
import { resolveApiToken, resolveSession } from '../domain/auth/resolve-session.ts';
import { AppError } from '../domain/errors.ts';

export const SESSION_COOKIE = 'yp_session';

export interface AuthContext {
  actor: Actor;
  via: 'session' | 'token';
  member: { id: string; name: string; email: string; role: 'owner' | 'member' };
  firm: { id: string; name: string; slug: string };
  csrfToken?: string;
  sessionToken?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
  }
  interface FastifyContextConfig {
    /** Routes open without login (health, sign-up, log-in, invitation acceptance). */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The caller's actor; throws not_authenticated on a public route that needs one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw new AppError('not_authenticated', 'Log in first, or send an API token as "Authorization: Bearer <token>".');
  return request.auth.actor;
}

export function registerAuthContext(app: FastifyInstance, db: Db) {
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const found = await resolveApiToken(db, header.slice(7).trim());
      if (!found) throw new AppError('not_authenticated', 'The API token is unknown or revoked. Create a new one.');
      request.auth = {
        actor: { firmId: found.firm.id, memberId: found.member.id, role: found.member.role },
        via: 'token',
        member: found.member,
        firm: found.firm,
      };
    } else {
      const token = request.cookies[SESSION_COOKIE];
      const found = token ? await resolveSession(db, token) : undefined;
      if (found) {
        request.auth = {
          actor: { firmId: found.firm.id, memberId: found.member.id, role: found.member.role },
          via: 'session',
          member: found.member,
          firm: found.firm,
          csrfToken: found.csrfToken,
          sessionToken: token,
        };
      }
    }
    const isPublic = request.routeOptions.config?.public === true;
    if (!request.auth && !isPublic) {
      throw new AppError('not_authenticated', 'Log in first, or send an API token as "Authorization: Bearer <token>".');
    }
    // Public routes (log-in, sign-up) are exempt: a stale cookie must not stop someone logging in again.
    if (request.auth?.via === 'session' && !isPublic && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, request.auth.csrfToken!)) {
        throw new AppError('csrf_token_invalid', 'Missing or wrong X-CSRF-Token header. Send the csrfToken you received at log-in.');
      }
    }
  });
}
