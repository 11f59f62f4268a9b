/** Adds a member to a firm directly (the CLI's `users create`; invitations go through accept-invitation). */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { members } from '../../db/schema.ts';
import type { Role } from '../../common/limits.ts';
import { AppError } from '../errors.ts';
import { hashPassword } from '../support/secrets.ts';

export interface CreateMemberInput {
  firmId: string;
  email: string;
  name: string;
  password: string;
  role: Role;
  createdBy?: string | null;
}

export async function createMember(db: Db, input: CreateMemberInput) {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const [taken] = await db.select({ id: members.id }).from(members).where(eq(sql`lower(${members.email})`, email)).limit(1);
  if (taken) {
    throw new AppError('email_taken', 'An account with this email already exists. Use another email.', {
      fields: { email: 'already registered' },
    });
  }
  const [member] = await db
    .insert(members)
    .values({ firmId: input.firmId, email, name: input.name.trim(), role: input.role, passwordHash, createdBy: input.createdBy ?? null })
    .returning();
  return member!;
}
