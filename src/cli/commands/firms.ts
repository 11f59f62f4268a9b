/** `yellowpad firms create`: a firm and its owner, for scripted installs. */
import { Command, Option } from 'commander';
import { targetFromEnv } from '../../db/open-db.ts';
import { createFirm } from '../../domain/firms/create-firm.ts';
import { signupBody } from '../../http/schemas/auth.schemas.ts';
import { openDatabase } from '../../server/open-database.ts';
import { databaseUrlOption, dataDirOption, envWith, jsonOption, parseFlags, stopServerFirst } from '../options.ts';

export function firmsCommand(): Command {
  const firms = new Command('firms').description('manage firms');
  firms
    .command('create')
    .description("create a firm and its owner; prints the firm's id and slug")
    .addOption(new Option('--name <name>', "the firm's name").env('YELLOWPAD_FIRM_NAME').makeOptionMandatory())
    .addOption(new Option('--owner-email <email>', "the owner's email (their login)").env('YELLOWPAD_OWNER_EMAIL').makeOptionMandatory())
    .addOption(new Option('--owner-password <password>', "the owner's password (10+ characters)").env('YELLOWPAD_OWNER_PASSWORD').makeOptionMandatory())
    .addOption(new Option('--owner-name <name>', "the owner's name (default: the part of the email before @)").env('YELLOWPAD_OWNER_NAME'))
    .addOption(jsonOption())
    .addOption(dataDirOption())
    .addOption(databaseUrlOption())
    .action(async (flags) => {
      const input = parseFlags(
        signupBody,
        { firmName: flags.name, name: flags.ownerName ?? String(flags.ownerEmail).split('@')[0], email: flags.ownerEmail, password: flags.ownerPassword },
        { firmName: '--name', name: '--owner-name', email: '--owner-email', password: '--owner-password' },
      );
      const database = await openDatabase(targetFromEnv(envWith(flags)), 'yellowpad firms create', stopServerFirst);
      try {
        const { firm, owner } = await createFirm(database.db, {
          firmName: input.firmName,
          ownerName: input.name,
          ownerEmail: input.email,
          ownerPassword: input.password,
        });
        const result = { id: firm.id, slug: firm.slug, name: firm.name, owner: { id: owner.id, email: owner.email } };
        console.log(flags.json ? JSON.stringify(result) : `Created firm "${firm.name}" (id ${firm.id}, slug ${firm.slug}); its owner logs in as ${owner.email}.`);
      } finally {
        await database.shutdown();
      }
    });
  return firms;
}
