/** `yellowpad backup --out FILE`: a consistent, checksummed copy of the whole database (decision 019). */
import { Command, Option } from 'commander';
import { targetFromEnv } from '../../db/open-db.ts';
import { writeBackup } from '../../backup/write-backup.ts';
import { openDatabase } from '../../server/open-database.ts';
import { printProgress, resultSentence } from '../../backup/backup-report.ts';
import { databaseUrlOption, dataDirOption, envWith, jsonOption, stopServerFirst } from '../options.ts';

export function backupCommand(): Command {
  return new Command('backup')
    .description('write a backup of the whole database (every firm) to a file that `restore` reads back')
    .addOption(new Option('--out <file>', 'the backup file to create (gzip-compressed; it must not exist yet)').makeOptionMandatory())
    .addOption(jsonOption())
    .addOption(dataDirOption())
    .addOption(databaseUrlOption())
    .action(async (flags) => {
      const database = await openDatabase(targetFromEnv(envWith(flags)), 'yellowpad backup', stopServerFirst);
      try {
        const result = await writeBackup(database.db, flags.out, printProgress);
        console.log(flags.json ? JSON.stringify(result) : resultSentence(result, 'Backed up'));
      } finally {
        await database.shutdown();
      }
    });
}
