/** `yellowpad restore FILE`: loads a backup into an empty database, all or nothing (decision 019). */
import { Command, Option } from 'commander';
import { targetFromEnv } from '../../db/open-db.ts';
import { checkBackupFile, restoreBackup } from '../../backup/restore-backup.ts';
import { openDatabase } from '../../server/open-database.ts';
import { printProgress, resultSentence } from '../../backup/backup-report.ts';
import { databaseUrlOption, dataDirOption, envWith, jsonOption, stopServerFirst } from '../options.ts';

export function restoreCommand(): Command {
  return new Command('restore')
    .description('restore a backup made by `yellowpad backup` into an empty database (or replace everything with --replace)')
    .argument('<file>', 'the backup file')
    .addOption(new Option('--replace', 'erase everything in the database first, in the same transaction as the restore'))
    .addOption(jsonOption())
    .addOption(dataDirOption())
    .addOption(databaseUrlOption())
    .action(async (file: string, flags) => {
      // Refuse a file this version cannot read before touching any database.
      await checkBackupFile(file);
      const database = await openDatabase(targetFromEnv(envWith(flags)), 'yellowpad restore', stopServerFirst);
      try {
        const result = await restoreBackup(database.db, file, { replace: Boolean(flags.replace) }, printProgress);
        console.log(flags.json ? JSON.stringify(result) : resultSentence(result, 'Restored'));
      } finally {
        await database.shutdown();
      }
    });
}
