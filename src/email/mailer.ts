/**
 * The one place Yellowpad sends email: a small Mailer interface, and its SMTP implementation on nodemailer
 * (decision 023). Use cases take a Mailer, so tests point it at a real SMTP receiver on loopback.
 */
import nodemailer from 'nodemailer';

export interface OutgoingEmail {
  to: string[];
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** Hands the email to the SMTP server; resolves with the Message-ID it accepted, rejects when it did not. */
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}

/** Seconds to wait on a silent SMTP server before giving up (nodemailer's defaults are minutes). */
const timeouts = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/** A Mailer that sends through the SMTP server at `smtpUrl` (smtp:// upgrades with STARTTLS when offered; smtps:// is TLS). */
export function createSmtpMailer(config: { smtpUrl: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({ url: config.smtpUrl, ...timeouts }, { from: config.from });
  return {
    async send(email) {
      const info = await transport.sendMail({ to: email.to, subject: email.subject, text: email.text, html: email.html });
      return { messageId: info.messageId };
    },
  };
}
