/**
 * `yellowpad check-draft FILE`: is this email about them, or about us? Reports self focus, a feature
 * dump, fake urgency and other lines that hurt trust, and — given the notes from the client's own
 * words — whether the draft says anything specific to them.
 */
import { Command, Option } from 'commander';
import { checkDraft } from '../../listening/index.ts';
import { draftReport } from '../reports/draft-report.ts';
import { readTextFile } from '../read-text-file.ts';

export function checkDraftCommand(): Command {
  return new Command('check-draft')
    .description('check an email or message draft before it is sent: about them, or about us?')
    .argument('<file>', 'the draft, as plain text')
    .addOption(new Option('--format <format>', 'how to print the result').choices(['text', 'json']).default('text'))
    .option('--notes <file>', "a text file of what the client told us, to check the draft is specific to them")
    .option('--client <name>', "the client's name, used in the suggestions")
    .option('--firm <name>', "our firm's name, counted as a reference to us")
    .action(async (file: string, flags: { format: 'text' | 'json'; notes?: string; client?: string; firm?: string }) => {
      const text = await readTextFile(file);
      const notes = flags.notes ? [await readTextFile(flags.notes)] : [];
      const check = checkDraft(text, { notes, ...(flags.client ? { clientName: flags.client } : {}), selfNames: flags.firm ? [flags.firm] : [] });
      console.log(flags.format === 'json' ? JSON.stringify(check, null, 2) : draftReport(check));
    });
}
