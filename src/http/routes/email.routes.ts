/**
 * Email (decision 023): /me/email-settings (whether this server sends email; your daily digest on or off)
 * POST /emails (send an email to a client; it is logged as an email conversation) and the email a
 * conversation logs (GET /conversations/{id}/sent-emails).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getEmailSettings } from '../../domain/email/get-email-settings.ts';
import { listSentEmails } from '../../domain/email/list-sent-emails.ts';
import { sendFollowUpEmail } from '../../domain/email/send-follow-up-email.ts';
import { updateEmailSettings } from '../../domain/email/update-email-settings.ts';
import { presentSentEmail } from '../../presenters/present-sent-email.ts';
import { actorOf } from '../auth-context.ts';
import { errors, idParams } from '../schemas/common.schemas.ts';
import { emailErrors, emailSettings, sendEmailBody, sentEmailList, sentEmailResult, updateEmailSettingsBody } from '../schemas/email.schemas.ts';
import type { RouteDeps } from './route-deps.ts';

const tags = ['email'];

export function emailRoutes(deps: RouteDeps): FastifyPluginAsyncZod {
  const smtpConfigured = deps.mailer !== undefined;
  return async (app) => {
    app.get('/me/email-settings', {
      schema: { tags, summary: 'Whether this server sends email, and whether you get the daily digest', response: { 200: emailSettings, ...errors } },
      handler: async (req) => ({ smtpConfigured, ...(await getEmailSettings(deps.db, actorOf(req))) }),
    });

    app.put('/me/email-settings', {
      schema: { tags, summary: 'Turn your daily digest on or off', body: updateEmailSettingsBody, response: { 200: emailSettings, ...errors } },
      handler: async (req) => ({ smtpConfigured, ...(await updateEmailSettings(deps.db, actorOf(req), deps.clock, req.body)) }),
    });

    app.post('/emails', {
      // A person writes a few emails a minute; a runaway script should not turn the firm's mail server into a cannon.
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Send an email to a client; it is logged as an email conversation (and completes the follow-up it brings)',
        body: sendEmailBody,
        response: { 201: sentEmailResult, ...emailErrors },
      },
      handler: async (req, reply) => {
        const sent = await sendFollowUpEmail(deps.db, actorOf(req), deps.mailer, deps.clock, req.body);
        return reply.status(201).send({ ...presentSentEmail(sent.sentEmail), followUpCompleted: sent.followUpCompleted });
      },
    });

    app.get('/conversations/:id/sent-emails', {
      schema: { tags, summary: 'The email sent from Yellowpad that this conversation logs (none for other conversations)', params: idParams, response: { 200: sentEmailList, ...errors } },
      handler: async (req) => ({ items: (await listSentEmails(deps.db, actorOf(req), req.params.id)).map(presentSentEmail) }),
    });
  };
}
