/** Schemas for sign-up, log-in, sessions, API tokens and invitations. */
import { z } from 'zod';
import { limits, roles } from '../../common/limits.ts';
import { nonBlank } from './common.schemas.ts';

const password = z
  .string()
  .min(limits.passwordMin, `must be at least ${limits.passwordMin} characters`)
  .max(limits.passwordMax)
  .describe(`At least ${limits.passwordMin} characters.`);

export const signupBody = z.object({
  firmName: nonBlank(limits.nameMax).describe('Your firm or practice.'),
  name: nonBlank(limits.nameMax).describe('Your name.'),
  email: z.email().max(limits.emailMax),
  password,
});

export const loginBody = z.object({ email: z.string().trim().min(1).max(limits.emailMax), password: z.string().min(1).max(limits.passwordMax) });

export const memberResponse = z
  .object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(roles), createdAt: z.iso.datetime().optional() })
  .meta({ id: 'Member' });
export const firmResponse = z.object({ id: z.uuid(), name: z.string(), slug: z.string() }).meta({ id: 'Firm' });

export const sessionResponse = z
  .object({
    member: memberResponse,
    firm: firmResponse,
    csrfToken: z.string().describe('Send as X-CSRF-Token on state-changing requests authenticated by the session cookie.'),
  })
  .meta({ id: 'Session' });

export const createTokenBody = z.object({ name: nonBlank(limits.nameMax).describe('What the token is for, e.g. "import script".') });
export const tokenResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  token: z.string().describe('Shown once; only its hash is stored.'),
});

export const inviteBody = z.object({ email: z.email().max(limits.emailMax), role: z.enum(roles).default('member') });
export const invitationResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(roles),
  expiresAt: z.iso.datetime(),
  token: z.string().describe('The secret in the invitation link; shown once.'),
  path: z.string().describe('Path of the link to send to the colleague (append to the server address).'),
});
export const invitationTokenBody = z.object({ token: z.string().min(1).max(200) });
export const invitationInfo = z.object({ firm: firmResponse, email: z.string(), role: z.enum(roles) });
export const acceptInvitationBody = z.object({ token: z.string().min(1).max(200), name: nonBlank(limits.nameMax), password });
