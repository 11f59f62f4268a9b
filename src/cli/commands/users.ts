/** `yellowpad users create`: adds a member to an existing firm. */
import { Command, Option } from 'commander';
import { z } from 'zod';
import { targetFromEnv } from '../../db/open-db.ts';
import { findFirm } from '../../domain/firms/find-firm.ts';
import { createMember } from '../../domain/members/create-member.ts';
import { acceptInvitationBody, inviteBody } from '../../http/schemas/auth.schemas.ts';
import { openDatabase } from '../../server/open-database.ts';
import { databaseUrlOption, dataDirOption, envWith, jsonOption, parseFlags, stopServerFirst } from '../options.ts';

const userInput = inviteBody.extend({ name: acceptInvitationBody.shape.name, password: acceptInvitationBody.shape.password, firm: z.string().min(1) });

export function usersCommand(): Command {
  const users = new Command('users').description('manage the members of a firm');
  users
    .command('create')
    .description('add a member to a firm')
    .addOption(new Option('--firm <id-or-slug>', 'the firm').env('YELLOWPAD_FIRM').makeOptionMandatory())
    .addOption(new Option('--email <email>', 'their email (their login)').env('YELLOWPAD_USER_EMAIL').makeOptionMandatory())
    .addOption(new Option('--name <name>', 'their name').env('YELLOWPAD_USER_NAME').makeOptionMandatory())
    .addOption(new Option('--password <password>', 'their password (10+ characters)').env('YELLOWPAD_USER_PASSWORD').makeOptionMandatory())
    .addOption(new Option('--role <role>', 'owner or member').choices(['owner', 'member']).default('member').env('YELLOWPAD_USER_ROLE'))
    .addOption(jsonOption())
    .addOption(dataDirOption())
    .addOption(databaseUrlOption())
    .action(async (flags) => {
      const input = parseFlags(userInput, flags, { firm: '--firm', email: '--email', name: '--name', password: '--password', role: '--role' });
      const database = await openDatabase(targetFromEnv(envWith(flags)), 'yellowpad users create', stopServerFirst);
      try {
        const firm = await findFirm(database.db, input.firm);
        const member = await createMember(database.db, { firmId: firm.id, ...input });
        const result = { id: member.id, email: member.email, role: member.role, firm: { id: firm.id, slug: firm.slug } };
        console.log(flags.json ? JSON.stringify(result) : `Added ${member.name} <${member.email}> to "${firm.name}" as ${member.role}.`);
      } finally {
        await database.shutdown();
      }
    });
  return users;
}
