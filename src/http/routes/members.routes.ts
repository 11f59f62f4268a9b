/** /api/v1/members and /api/v1/invitations: the firm's team and inviting colleagues by link. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/open-db.ts';
import { acceptInvitation, getInvitation } from '../../domain/members/accept-invitation.ts';
import { inviteMember } from '../../domain/members/invite-member.ts';
import { listMembers } from '../../domain/members/list-members.ts';
import { presentFirm, presentMember } from '../../presenters/present-member.ts';
import { iso } from '../../presenters/iso.ts';
import { actorOf } from '../auth-context.ts';
import {
  acceptInvitationBody,
  invitationInfo,
  invitationResponse,
  invitationTokenBody,
  inviteBody,
  memberResponse,
  sessionResponse,
} from '../schemas/auth.schemas.ts';
import { errors } from '../schemas/common.schemas.ts';
import { setSessionCookie, type CookieSecure } from '../session-cookie.ts';

const tags = ['members'];

export function membersRoutes(db: Db, cookieSecure: CookieSecure): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/members', {
      schema: { tags, summary: "The firm's members", response: { 200: z.object({ items: z.array(memberResponse) }), ...errors } },
      handler: async (req) => ({ items: (await listMembers(db, actorOf(req))).map(presentMember) }),
    });

    app.post('/invitations', {
      schema: { tags, summary: 'Invite a colleague by link (owners only)', body: inviteBody, response: { 201: invitationResponse, ...errors } },
      handler: async (req, reply) => {
        const { invitation, token } = await inviteMember(db, actorOf(req), req.body);
        return reply.status(201).send({
          id: invitation.id,
          email: invitation.email,
          role: invitation.role,
          expiresAt: iso(invitation.expiresAt),
          token,
          // The secret travels in the fragment, which browsers never send to servers or write to logs.
          path: `/join#${token}`,
        });
      },
    });

    app.post('/invitations/lookup', {
      config: { public: true },
      schema: { tags, summary: 'What an invitation link is for', body: invitationTokenBody, response: { 200: invitationInfo, ...errors } },
      handler: async (req) => {
        const { invitation, firm } = await getInvitation(db, req.body.token);
        return { firm: presentFirm(firm), email: invitation.email, role: invitation.role };
      },
    });

    app.post('/invitations/accept', {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Accept an invitation and log in', body: acceptInvitationBody, response: { 201: sessionResponse, ...errors } },
      handler: async (req, reply) => {
        const { firm, member, session } = await acceptInvitation(db, req.body);
        setSessionCookie(req, reply, session.token, session.expiresAt, cookieSecure);
        return reply.status(201).send({ member: presentMember(member), firm: presentFirm(firm), csrfToken: session.csrfToken });
      },
    });
  };
}
