/** Adds a firm or a person to the directory of those we may refer clients to (competitors included). */
import type { Db } from '../../db/open-db.ts';
import { providers } from '../../db/schema.ts';
import type { ProviderKind } from '../../common/practices.ts';
import type { Actor } from '../actor.ts';
import { optionalText } from '../support/text.ts';
import type { ProviderRecord } from './provider-fields.ts';

export interface CreateProviderInput {
  name: string;
  kind: ProviderKind;
  goodAt: string;
  contactName?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  notes?: string | null;
}

export async function createProvider(db: Db, actor: Actor, input: CreateProviderInput): Promise<ProviderRecord> {
  const [row] = await db
    .insert(providers)
    .values({
      firmId: actor.firmId,
      name: input.name.trim(),
      kind: input.kind,
      goodAt: input.goodAt.trim(),
      contactName: optionalText(input.contactName),
      email: optionalText(input.email),
      phone: optionalText(input.phone),
      website: optionalText(input.website),
      notes: optionalText(input.notes),
      createdBy: actor.memberId,
    })
    .returning();
  return { ...row!, referralsOut: 0 };
}
