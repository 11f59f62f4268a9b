/** Edits a provider's directory entry; the caller sends the version it loaded. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { providers } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { lockForEdit } from '../support/lock-for-edit.ts';
import { optionalText } from '../support/text.ts';
import type { CreateProviderInput } from './create-provider.ts';
import { getProvider } from './get-provider.ts';
import type { ProviderRecord } from './provider-fields.ts';

export type UpdateProviderInput = Partial<CreateProviderInput> & { version: number };

/** Fields left out keep their value; optional ones sent as null (or blank) are cleared. */
export async function updateProvider(db: Db, actor: Actor, id: string, input: UpdateProviderInput): Promise<ProviderRecord> {
  return db.transaction(async (tx) => {
    const { current, where } = await lockForEdit(tx, providers, actor, id, input.version, 'provider');
    const keep = <K extends 'contactName' | 'email' | 'phone' | 'website' | 'notes'>(key: K) =>
      input[key] === undefined ? current[key] : optionalText(input[key]);
    await tx
      .update(providers)
      .set({
        name: input.name?.trim() ?? current.name,
        kind: input.kind ?? current.kind,
        goodAt: input.goodAt?.trim() ?? current.goodAt,
        contactName: keep('contactName'),
        email: keep('email'),
        phone: keep('phone'),
        website: keep('website'),
        notes: keep('notes'),
        updatedAt: new Date(),
        version: sql`${providers.version} + 1`,
      })
      .where(where);
    return getProvider(tx, actor, id);
  });
}
