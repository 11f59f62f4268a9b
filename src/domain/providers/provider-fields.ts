/** A provider as the use cases return it: the directory entry and how many clients we referred to them. */
import type { providers } from '../../db/schema.ts';

export type ProviderRow = typeof providers.$inferSelect;
export type ProviderRecord = ProviderRow & { referralsOut: number };
