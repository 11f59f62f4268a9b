/** The refusal when this server has no SMTP server configured (decision 023), and the check that throws it. */
import type { Mailer } from '../../email/mailer.ts';
import { AppError } from '../errors.ts';

export function requireMailer(mailer: Mailer | undefined): Mailer {
  if (!mailer) {
    throw new AppError(
      'email_not_configured',
      'Email is not set up on this Yellowpad server. Whoever runs it can turn it on by setting SMTP_URL (e.g. smtp://user:password@mail.example.com:587) and restarting.',
    );
  }
  return mailer;
}
