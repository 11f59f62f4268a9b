/**
 * Builds the Fastify application: security headers, cookies, rate limits, the auth context, the API
 * under /api/v1 with its OpenAPI document, and the web app's static files. No sockets are opened here,
 * so tests call it in-process with `app.inject()`.
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/open-db.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import type { Mailer } from '../email/mailer.ts';
import { startImportWorker } from '../server/import-worker.ts';
import { registerAuthContext } from './auth-context.ts';
import { registerErrorHandling, sendError } from './error-handler.ts';
import { apiRoutes } from './routes/api-routes.ts';
import { calendarFeedRoute } from './routes/calendar.routes.ts';
import { sharePageRoute, shareSecurityHeaders } from './routes/share-page.route.ts';
import { shareLookupGuard } from './share-lookup-guard.ts';
import { redactShareTokens } from '../domain/sharing/share-token.ts';
import type { CookieSecure } from './session-cookie.ts';

export const webDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface AppOptions {
  db: Db;
  /** A pino logger (the server passes one with secrets redacted); no logging when absent. */
  logger?: FastifyBaseLogger | false;
  cookieSecure?: CookieSecure;
  demoEnabled?: boolean;
  /** Serve the built web app (web/dist) at `/`. Off in API tests. */
  serveWeb?: boolean;
  /** What time it is for the domain ("today", due dates); tests set it. The system clock by default. */
  clock?: Clock;
  /** The server's public URL (YELLOWPAD_PUBLIC_URL), for links that leave the app (calendar feeds). */
  publicUrl?: string;
  /** Sends email (decision 023); none when SMTP_URL is unset, and email features say so. */
  mailer?: Mailer;
  /** Run queued imports in this process (decision 021). On by default; a test that drives the worker itself turns it off. */
  runImports?: boolean;
}

/** Headers, cookies and anything that could carry a secret never reach the log. */
export const logRedact = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'];

/**
 * The request as the log writes it: share-page secrets (in /s/… and /api/v1/shared/… paths) replaced, so
 * a log reader cannot open a client's page (decision 024). Fastify merges these over its own serializers.
 */
export const logSerializers = {
  req(req: { method: string; url: string; host?: string; ip?: string; socket?: { remotePort?: number } }) {
    return { method: req.method, url: redactShareTokens(req.url), host: req.host, remoteAddress: req.ip, remotePort: req.socket?.remotePort };
  },
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: process.env.YELLOWPAD_TRUST_PROXY === 'on',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: false,
  });
  await app.register(cookie);
  // preHandler, so the body is parsed and log-in attempts are counted per address and email.
  await app.register(rateLimit, { global: false, hook: 'preHandler' });
  registerAuthContext(app, options.db);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Yellowpad API',
        version: '1.0.0',
        description:
          'Relationships, conversations and yellow-pad notes. Authenticate with the session cookie plus the X-CSRF-Token ' +
          'header (web app), or with "Authorization: Bearer <token>" (scripts). Errors: {"error":{"code","message","details"}}.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'yp_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  const importWorker = options.runImports === false ? undefined : startImportWorker(options.db, { onError: (error) => app.log.error(error, 'import worker') });
  app.addHook('onClose', async () => importWorker?.stop());
  const shareLookups = shareLookupGuard();
  shareSecurityHeaders(app);
  await app.register(apiRoutes(options, importWorker, shareLookups), { prefix: '/api/v1' });
  await app.register(calendarFeedRoute({ db: options.db, clock: options.clock ?? systemClock, publicUrl: options.publicUrl }));

  const serveWeb = options.serveWeb && existsSync(webDistDir);
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      prefix: '/',
      wildcard: false,
      index: false,
      // The build's manifest (web/dist/.vite) is for the bench, not for browsers.
      allowedPath: (path) => !path.startsWith('/.vite/'),
    });
  }
  await app.register(sharePageRoute({ db: options.db, clock: options.clock ?? systemClock, shareLookups, serveWeb: serveWeb === true }));
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && serveWeb;
    // The web app routes on the client: any unknown page path gets index.html.
    if (wantsPage) return reply.type('text/html').sendFile('index.html');
    return sendError(reply, 'route_not_found', `There is no ${request.method} ${redactShareTokens(request.url.split('?')[0]!)} in this API. See /api/v1/openapi.json.`);
  });
  return app;
}
