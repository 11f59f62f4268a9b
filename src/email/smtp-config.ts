/**
 * Email configuration (decision 023), read once at boot: SMTP_URL (smtp://user:pass@host:587, or smtps://…
 * for TLS from the first byte; email is off when it is unset), SMTP_FROM (the sender people see) and
 * DIGEST_HOUR (the UTC hour from which each member's daily digest goes out). A bad value fails fast naming
 * the variable, like src/config/env.ts.
 */
import { z } from 'zod';

export interface EmailConfig {
  /** The SMTP server's address, credentials included; never logged. */
  smtpUrl: string;
  /** The From header of every email, e.g. `Yellowpad <yellowpad@example.com>`. */
  from: string;
  /** From this hour (UTC, 0–23) on, each member's daily digest is due. */
  digestHour: number;
}

export const defaultFrom = 'Yellowpad <yellowpad@localhost>';
export const defaultDigestHour = 7;

const schema = z.object({
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, 'must look like smtp://user:password@host:587 or smtps://user:password@host:465')
    .optional(),
  SMTP_FROM: z.string().min(3).default(defaultFrom),
  DIGEST_HOUR: z.coerce.number().int().min(0, 'must be an hour, 0–23 (UTC)').max(23, 'must be an hour, 0–23 (UTC)').default(defaultDigestHour),
});

/** The email configuration, or null when SMTP_URL is unset (email off). Throws naming each bad variable. */
export function readEmailConfig(source: NodeJS.ProcessEnv = process.env): EmailConfig | null {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([key, v]) => key in schema.shape && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid email configuration:\n${lines.join('\n')}`);
  }
  const { SMTP_URL, SMTP_FROM, DIGEST_HOUR } = parsed.data;
  return SMTP_URL ? { smtpUrl: SMTP_URL, from: SMTP_FROM, digestHour: DIGEST_HOUR } : null;
}
