/** Setting and clearing the session cookie: httpOnly, SameSite=Lax, Secure over HTTPS. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './auth-context.ts';

export type CookieSecure = 'auto' | 'on' | 'off';

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date, secure: CookieSecure) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    expires: expiresAt,
    secure: secure === 'on' || (secure === 'auto' && request.protocol === 'https'),
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
