/** Creates a firm and its owner: used by sign-up, the CLI's `firms create` and the demo loader. */
import { eq, sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/open-db.ts';
import { firms, members } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import { hashPassword } from '../support/secrets.ts';

export interface CreateFirmInput {
  firmName: string;
  ownerName: string;
  ownerEmail: string;
  ownerPassword: string;
}

export type FirmRow = typeof firms.$inferSelect;
export type MemberRow = typeof members.$inferSelect;

/** Turns a firm's name into a readable, URL-safe slug. */
export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return base || 'firm';
}

export async function createFirm(db: Db, input: CreateFirmInput): Promise<{ firm: FirmRow; owner: MemberRow }> {
  const email = input.ownerEmail.trim().toLowerCase();
  const passwordHash = await hashPassword(input.ownerPassword);
  return db.transaction(async (tx) => {
    const taken = await tx
      .select({ id: members.id })
      .from(members)
      .where(eq(sql`lower(${members.email})`, email))
      .limit(1);
    if (taken.length > 0) {
      throw new AppError('email_taken', 'An account with this email already exists. Log in instead, or use another email.', {
        fields: { email: 'already registered' },
      });
    }
    const base = slugify(input.firmName);
    const clash = await tx.select({ id: firms.id }).from(firms).where(eq(firms.slug, base)).limit(1);
    const slug = clash.length === 0 ? base : `${base}-${randomBytes(3).toString('hex')}`;
    const [firm] = await tx.insert(firms).values({ name: input.firmName.trim(), slug }).returning();
    const [owner] = await tx
      .insert(members)
      .values({ firmId: firm!.id, email, name: input.ownerName.trim(), role: 'owner', passwordHash })
      .returning();
    await tx.update(members).set({ createdBy: owner!.id }).where(eq(members.id, owner!.id));
    return { firm: firm!, owner: owner! };
  });
}
