/** The columns every tenant table shares, and the column kinds the practices use. */
import { sql } from 'drizzle-orm';
import { date, integer, timestamp, uuid } from 'drizzle-orm/pg-core';

export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const version = () => integer('version').notNull().default(1);
export const id = () => uuid('id').notNull().defaultRandom();
export const firmId = () => uuid('firm_id').notNull();
export const createdBy = () => uuid('created_by');
/** A calendar day a person picks (due, target, given): YYYY-MM-DD. */
export const day = (name: string) => date(name, { mode: 'string' });
export const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const nonBlankText = (column: unknown) => sql`length(btrim(${column})) > 0`;

/** `('a', 'b')`: a CHECK's list, written from the vocabulary so the two cannot drift. */
export const sqlList = (values: readonly string[]) => sql.raw(`(${values.map((v) => `'${v}'`).join(', ')})`);
