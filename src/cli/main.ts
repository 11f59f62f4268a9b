/** The `yellowpad` command line: every command is a thin caller of the same domain use cases. */
import { Command, CommanderError } from 'commander';
import { AppError } from '../domain/errors.ts';
import { appVersion } from '../common/version.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { backupCommand } from './commands/backup.ts';
import { checkDraftCommand } from './commands/check-draft.ts';
import { demoCommand } from './commands/demo.ts';
import { devCommand } from './commands/dev.ts';
import { firmsCommand } from './commands/firms.ts';
import { importCommand } from './commands/import.ts';
import { migrateCommand } from './commands/migrate.ts';
import { restoreCommand } from './commands/restore.ts';
import { serveCommand } from './commands/serve.ts';
import { usersCommand } from './commands/users.ts';

export function buildProgram(): Command {
  return new Command('yellowpad')
    .description('Yellowpad: a relationship workbench for professionals who help their clients.')
    .version(appVersion)
    .showHelpAfterError()
    .addCommand(serveCommand())
    .addCommand(devCommand())
    .addCommand(migrateCommand())
    .addCommand(demoCommand())
    .addCommand(firmsCommand())
    .addCommand(usersCommand())
    .addCommand(importCommand())
    .addCommand(backupCommand())
    .addCommand(restoreCommand())
    .addCommand(analyzeCommand())
    .addCommand(checkDraftCommand());
}

/** Runs the CLI; failures print one clear line (no stack trace) and set a non-zero exit code. */
export async function runCli(argv: string[]): Promise<void> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    if (err instanceof AppError) {
      console.error(`yellowpad: ${err.message}`);
      process.exitCode = err.code === 'validation_failed' ? 2 : 1;
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    console.error(`yellowpad: ${message}`);
    process.exitCode = 1;
  }
}
