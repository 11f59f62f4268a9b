/** Issues a named API token for scripts and the CLI's remote mode; the secret is returned once only. */
import type { Db } from '../../db/open-db.ts';
import { apiTokens } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { hashSecret, newSecret } from '../support/secrets.ts';

export async function createApiToken(db: Db, actor: Actor, input: { name: string }) {
  const token = newSecret('ypt');
  const [row] = await db
    .insert(apiTokens)
    .values({ firmId: actor.firmId, memberId: actor.memberId, name: input.name.trim(), tokenHash: hashSecret(token) })
    .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt });
  return { ...row!, token };
}
