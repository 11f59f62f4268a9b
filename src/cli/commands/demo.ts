/** `yellowpad demo`: loads the demo practice so every screen has something real to show. */
import { Command } from 'commander';
import { targetFromEnv } from '../../db/open-db.ts';
import { loadDemoFirm } from '../../domain/demo/load-demo-firm.ts';
import { openDatabase } from '../../server/open-database.ts';
import { databaseUrlOption, dataDirOption, envWith, jsonOption } from '../options.ts';

export function demoCommand(): Command {
  return new Command('demo')
    .description('create the demo firm (a professional-services practice with two years of history)')
    .addOption(jsonOption())
    .addOption(dataDirOption())
    .addOption(databaseUrlOption())
    .action(async (flags) => {
      const database = await openDatabase(
        targetFromEnv(envWith(flags)),
        'yellowpad demo',
        'While the server runs, click "Explore the demo firm" on its sign-up page instead, or stop the server and run this again.',
      );
      try {
        const demo = await loadDemoFirm(database.db);
        const result = { firm: { id: demo.firm.id, slug: demo.firm.slug, name: demo.firm.name }, email: demo.owner.email, password: demo.password, counts: demo.counts };
        if (flags.json) {
          console.log(JSON.stringify(result));
        } else {
          console.log(
            [
              `Created the demo firm "${demo.firm.name}": ${demo.counts.organizations} organisations, ${demo.counts.people} people, ${demo.counts.conversations} conversations.`,
              `With their practices: ${demo.counts.needs} needs, ${demo.counts.commitments} commitments, ${demo.counts.followUps} follow-ups, ${demo.counts.gifts} gifts, ${demo.counts.providers} providers, ${demo.counts.referrals} referrals and ${demo.counts.incidents} incidents.`,
              `Start the server (npm start) and log in as ${demo.owner.email} with the password ${demo.password}`,
            ].join('\n'),
          );
        }
      } finally {
        await database.shutdown();
      }
    });
}
