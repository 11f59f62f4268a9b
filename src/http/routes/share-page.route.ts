/**
 * GET /s/{token}: the client's page (issue 11), a page of its own (web/dist/share.html) so the client never
 * loads the professional's app. The status says whether the address works — 200, 404 unknown, 410 expired or
 * revoked — and the page's script reads the details from /api/v1/shared/{token}. Both answer with the strict
 * headers below: no referrer (the secret never leaves in a Referer), not indexed, not cached, nothing but
 * this server's own files.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/open-db.ts';
import type { Clock } from '../../domain/clock.ts';
import { findLiveLink } from '../../domain/client-page/open-share-link.ts';
import { AppError, errorStatus } from '../../domain/errors.ts';
import type { ShareLookupGuard } from '../share-lookup-guard.ts';

export const shareContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const isSharePath = (url: string) => url.startsWith('/s/') || url.startsWith('/api/v1/shared/');

/** Sets the client page's headers on everything under /s/ and /api/v1/shared/ (over helmet's defaults). */
export function shareSecurityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!isSharePath(request.url)) return payload;
    reply.header('content-security-policy', shareContentSecurityPolicy);
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-robots-tag', 'noindex, nofollow');
    reply.header('cache-control', 'no-store');
    return payload;
  });
}

export function sharePageRoute(options: { db: Db; clock: Clock; shareLookups: ShareLookupGuard; serveWeb: boolean }): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { token: string } }>('/s/:token', {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { hide: true },
      handler: async (req, reply) => {
        let status = 200;
        try {
          await options.shareLookups.guard(req.ip, () => findLiveLink(options.db, req.params.token, options.clock()));
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          status = errorStatus[err.code];
        }
        reply.status(status);
        if (options.serveWeb) return reply.type('text/html').sendFile('share.html');
        return reply.type('text/plain').send(status === 200 ? 'Your page' : 'This link does not work.');
      },
    });
  };
}
