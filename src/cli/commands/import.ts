/**
 * `yellowpad import FILE --firm <id-or-slug> [--format auto|vcard|csv] [--json]`: contacts from another
 * tool (or a Yellowpad export) into a firm. Opens the database itself when it may; while a server holds
 * the embedded database it goes through that server's API with an API token, or refuses saying how.
 */
import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { holderIsGone, readLockHolder } from '../../db/data-dir-lock.ts';
import { targetFromEnv } from '../../db/open-db.ts';
import { AppError } from '../../domain/errors.ts';
import type { ImportReport } from '../../domain/importing/import-counts.ts';
import type { ImportFormat } from '../../importing/types.ts';
import { openDatabase } from '../../server/open-database.ts';
import { importDirectly } from '../importing/import-directly.ts';
import { importThroughServer } from '../importing/import-through-server.ts';
import { progressPrinter, reportText } from '../reports/import-report.ts';
import { databaseUrlOption, dataDirOption, envWith, jsonOption } from '../options.ts';

export function importCommand(): Command {
  return new Command('import')
    .description('import contacts (vCard; CSV from HubSpot, Salesforce, Google, Outlook, Thunderbird…) or a Yellowpad export into a firm')
    .argument('<file>', 'the exported file')
    .addOption(new Option('--firm <id-or-slug>', 'the firm to import into').makeOptionMandatory())
    .addOption(new Option('--format <format>', 'read the file as this format').choices(['auto', 'vcard', 'csv']).default('auto'))
    .addOption(jsonOption())
    .addOption(new Option('--server <url>', 'import through this running Yellowpad server (needs --token)').env('YELLOWPAD_SERVER_URL'))
    .addOption(new Option('--token <token>', 'an API token of the firm (Team → API tokens), for importing through a server').env('YELLOWPAD_TOKEN'))
    .addOption(dataDirOption())
    .addOption(databaseUrlOption())
    .action(async (file: string, flags) => {
      if (!existsSync(file)) throw new AppError('validation_failed', `There is no file ${file}: check the path.`);
      const format = flags.format === 'auto' ? undefined : (flags.format as ImportFormat);
      const progress = progressPrinter(file);
      const common = { file, firm: String(flags.firm), format, onProgress: progress.update };
      const env = envWith(flags);
      const target = targetFromEnv(env);
      const lockHolder = target.kind === 'pglite' ? readLockHolder(target.dataDir) : undefined;
      const holder = lockHolder && !holderIsGone(lockHolder) ? lockHolder : undefined;
      const server = flags.server ?? holder?.url;
      let report: ImportReport;
      if (server || holder) {
        if (!flags.token || !server) throw serverHoldsDatabase(file, String(flags.firm), holder, server);
        report = await importThroughServer({ ...common, server, token: flags.token });
      } else {
        const database = await openDatabase(target, 'yellowpad import');
        try {
          report = await importDirectly(database.db, common);
        } finally {
          await database.shutdown();
        }
      }
      progress.done();
      console.log(flags.json ? JSON.stringify(report) : reportText(report));
    });
}

function serverHoldsDatabase(file: string, firm: string, holder: { pid: number; purpose: string } | undefined, url: string | undefined): AppError {
  return new AppError(
    'data_dir_locked',
    `${holder ? `${capitalise(holder.purpose)} (pid ${holder.pid}${url ? `, ${url}` : ''})` : 'The Yellowpad server'} holds the embedded database, and two processes on it would lose data. ` +
      `Import through the server with an API token (create one in the web app under Team → API tokens): ` +
      `YELLOWPAD_TOKEN=<token> npx yellowpad import ${file} --firm ${firm}${url ? '' : ' --server http://localhost:3000'} — or stop the server, import, and start it again.`,
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
