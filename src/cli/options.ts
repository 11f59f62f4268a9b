/** Options shared by several commands; each flag has an environment twin. */
import { Option } from 'commander';
import { readEnv, type Env } from '../config/env.ts';
import { AppError } from '../domain/errors.ts';
import type { z } from 'zod';

export const dataDirOption = () =>
  new Option('--data-dir <dir>', 'embedded database directory').env('YELLOWPAD_DATA_DIR');
export const databaseUrlOption = () =>
  new Option('--database-url <url>', 'use this PostgreSQL server instead of the embedded database').env('DATABASE_URL');
export const jsonOption = () => new Option('--json', 'print the result as JSON');

/** The environment, with command-line flags taking precedence over variables. */
export function envWith(flags: { dataDir?: string; databaseUrl?: string; port?: string; host?: string }): Env {
  return readEnv({
    ...process.env,
    ...(flags.dataDir ? { YELLOWPAD_DATA_DIR: flags.dataDir } : {}),
    ...(flags.databaseUrl ? { DATABASE_URL: flags.databaseUrl } : {}),
    ...(flags.port ? { PORT: flags.port } : {}),
    ...(flags.host ? { HOST: flags.host } : {}),
  });
}

/** Validates command input with the same schema the API uses, naming each bad flag. */
export function parseFlags<T extends z.ZodType>(schema: T, input: unknown, flagNames: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => {
    const field = String(i.path[0] ?? '');
    return `${flagNames[field] ?? field}: ${i.message}`;
  });
  throw new AppError('validation_failed', `Check these options: ${lines.join('; ')}.`);
}

/** What a writing command says when the server holds the embedded database. */
export const stopServerFirst = 'Stop the server first (Ctrl+C or SIGTERM), run this command, then start the server again.';
