/**
 * `yellowpad analyze FILE`: reads a call transcript (WebVTT, SRT, plain text, Otter, JSON) and reports
 * how much each side talked, the questions asked and the findings, with the lines as evidence. It
 * needs no database: the listening library is pure.
 */
import { Command, Option } from 'commander';
import { AppError } from '../../domain/errors.ts';
import { toContractJson } from '../../listening/contract-json.ts';
import { analyzeTranscript, assignSides, parseTranscript, speakersOf, TranscriptParseError } from '../../listening/index.ts';
import { analysisReport } from '../reports/analysis-report.ts';
import { readTextFile } from '../read-text-file.ts';

const transcriptFormats = ['auto', 'webvtt', 'srt', 'plain', 'otter', 'json'] as const;

export function analyzeCommand(): Command {
  return new Command('analyze')
    .description('analyse a call transcript: talk share, monologues, questions, self focus and lines that hurt trust')
    .argument('<file>', 'the transcript (WebVTT, SRT, plain "Name: text" lines, Otter text, or JSON)')
    .addOption(new Option('--format <format>', 'how to print the result').choices(['text', 'json']).default('text'))
    .option('--us <names>', 'comma-separated names of the speakers on our side, e.g. "Dana Whitfield,Lee"')
    .addOption(new Option('--transcript-format <format>', 'the transcript layout (detected when auto)').choices(transcriptFormats).default('auto'))
    .option('--firm <name>', "our firm's name, counted as a reference to us")
    .action(async (file: string, flags: { format: 'text' | 'json'; us?: string; transcriptFormat: (typeof transcriptFormats)[number]; firm?: string }) => {
      const text = await readTextFile(file);
      let parsed;
      try {
        parsed = parseTranscript(text, flags.transcriptFormat);
      } catch (err) {
        if (err instanceof TranscriptParseError) throw new AppError('validation_failed', `${file}: ${err.message}`);
        throw err;
      }
      const us = (flags.us ?? '').split(',').map((n) => n.trim()).filter(Boolean);
      const sides = assignSides(speakersOf(parsed.utterances), { us });
      const analysis = analyzeTranscript(parsed.utterances, { sides, selfNames: flags.firm ? [flags.firm] : [] });
      console.log(flags.format === 'json' ? JSON.stringify(toContractJson(analysis), null, 2) : analysisReport(analysis));
    });
}
