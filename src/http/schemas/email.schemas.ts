/** Request and response schemas for email (decision 023): the member's digest setting and sending an email to a client. */
import { z } from 'zod';
import { emailLimits } from '../../common/email-limits.ts';
import { errorResponse, errors } from './common.schemas.ts';

export const emailSettings = z
  .object({
    smtpConfigured: z.boolean().describe('Whether this server can send email (SMTP_URL is set). When false nothing is sent.'),
    digestEnabled: z.boolean().describe('Whether you get the daily digest of your Today list (on unless you turned it off).'),
  })
  .meta({ id: 'EmailSettings' });

export const updateEmailSettingsBody = z.object({
  digestEnabled: z.boolean().describe('Send me the daily digest of my Today list.'),
});

export const sendEmailBody = z.object({
  personId: z.uuid().describe('The person the email is to.'),
  to: z.email().max(254).nullable().optional().describe('One of the person’s email addresses; their first when omitted.'),
  subject: z
    .string()
    .trim()
    .min(1, 'write a subject')
    .max(emailLimits.subjectMax, `a subject can be at most ${emailLimits.subjectMax} characters`)
    .describe('The subject line; also the summary of the logged conversation.'),
  body: z
    .string()
    .max(emailLimits.bodyMax, `the email can be at most ${emailLimits.bodyMax.toLocaleString('en-GB')} characters`)
    .refine((t) => t.trim().length > 0, 'write the email')
    .describe('The email, as plain text.'),
  followUpId: z.uuid().nullable().optional().describe('The follow-up this email brings: marked done when it is sent.'),
});

export const sentEmail = z
  .object({
    id: z.uuid(),
    conversationId: z.uuid().describe('The email conversation it was logged as.'),
    to: z.array(z.string()).describe('The addresses it was sent to.'),
    subject: z.string(),
    body: z.string(),
    messageId: z.string().nullable().describe('The Message-ID the mail server accepted.'),
    sentAt: z.iso.datetime(),
  })
  .meta({ id: 'SentEmail' });

export const sentEmailResult = sentEmail
  .extend({ followUpCompleted: z.boolean().describe('Whether the follow-up named in the request was marked done.') })
  .meta({ id: 'SentEmailResult' });

export const sentEmailList = z
  .object({ items: z.array(sentEmail).describe('Every email sent from Yellowpad on this conversation (usually one), oldest first.') })
  .meta({ id: 'SentEmailList' });

/** The usual errors, and the two of a server that cannot send: 502 email_not_sent, 503 email_not_configured. */
export const emailErrors = { ...errors, 502: errorResponse, 503: errorResponse };
