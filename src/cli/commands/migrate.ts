/** `yellowpad migrate`: applies pending migrations (the server also does this at start). */
import { Command } from 'commander';
import { targetFromEnv } from '../../db/open-db.ts';
import { describeTarget, openDatabase } from '../../server/open-database.ts';
import { databaseUrlOption, dataDirOption, envWith, stopServerFirst } from '../options.ts';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('bring the database schema up to date')
    .addOption(dataDirOption())
    .addOption(databaseUrlOption())
    .action(async (flags) => {
      const target = targetFromEnv(envWith(flags));
      const database = await openDatabase(target, 'yellowpad migrate', stopServerFirst);
      await database.shutdown();
      console.log(`The schema of ${describeTarget(target)} is up to date.`);
    });
}
