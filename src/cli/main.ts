/** The `yellowpad` command line: every command is a thin caller of the same domain use cases. */
import { Command, CommanderError } from 'commander';
import { AppError } from '../domain/errors.ts';
import { appVersion } from '../common/version.ts';

/**
 * Each command's module, loaded only when that command runs: a command then loads only the code it uses
 * (`yellowpad import` need not compile the server), which keeps its memory and start-up small.
 */
const commands: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./commands/serve.ts')).serveCommand(),
  dev: async () => (await import('./commands/dev.ts')).devCommand(),
  migrate: async () => (await import('./commands/migrate.ts')).migrateCommand(),
  demo: async () => (await import('./commands/demo.ts')).demoCommand(),
  firms: async () => (await import('./commands/firms.ts')).firmsCommand(),
  users: async () => (await import('./commands/users.ts')).usersCommand(),
  import: async () => (await import('./commands/import.ts')).importCommand(),
  backup: async () => (await import('./commands/backup.ts')).backupCommand(),
  restore: async () => (await import('./commands/restore.ts')).restoreCommand(),
  analyze: async () => (await import('./commands/analyze.ts')).analyzeCommand(),
  'check-draft': async () => (await import('./commands/check-draft.ts')).checkDraftCommand(),
};

/** The program with the named command only, or with every command (for help and unknown names). */
export async function buildProgram(commandName?: string): Promise<Command> {
  const program = new Command('yellowpad')
    .description('Yellowpad: a relationship workbench for professionals who help their clients.')
    .version(appVersion)
    .showHelpAfterError();
  const names = commandName && Object.hasOwn(commands, commandName) ? [commandName] : Object.keys(commands);
  for (const name of names) program.addCommand(await commands[name]!());
  return program;
}

/** Runs the CLI; failures print one clear line (no stack trace) and set a non-zero exit code. */
export async function runCli(argv: string[]): Promise<void> {
  const program = (await buildProgram(argv[2])).exitOverride();
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
