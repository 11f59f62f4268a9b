/**
 * Yellowpad's database schema: the single source from which `drizzle-kit generate` writes migrations.
 * Tenant tables carry `firm_id` and a primary key that starts with it, so every foreign key between
 * tenant rows includes the firm and a firm-sharded PostgreSQL (Citus) stays possible.
 *
 * One file per part of the product under schema/. The practices' vocabularies (decision 012) are repeated
 * from src/common/practices.ts as CHECKs; tests/domain/vocabularies.test.ts keeps the two equal.
 */
export * from './schema/foundation.ts';
export * from './schema/needs.ts';
export * from './schema/promises.ts';
export * from './schema/helping.ts';
export * from './schema/listening.ts';
export * from './schema/calendar.ts';
export * from './schema/audit.ts';
export * from './schema/importing.ts';
export * from './schema/email.ts';
export * from './schema/client-side.ts';
