/**
 * Request and response schemas for transcripts and their listening analysis. The response schemas describe
 * the listening library's whole TranscriptAnalysis: the web app's types are generated from them, and Fastify
 * serialises with them (a field missing here would be dropped from the response).
 */
import { z } from 'zod';
import { channels } from '../../common/limits.ts';
import { speakerSides, transcriptFormats } from '../../db/schema.ts';
import { transcriptMaxChars } from '../../domain/transcripts/read-transcript.ts';
import { listeningLimitDefault, listeningLimitMax } from '../../domain/transcripts/list-member-listening.ts';
import { stamps, versionField } from './common.schemas.ts';

const count = () => z.int().min(0);
const seconds = () => z.number().min(0);
// No upper bound: shares summed from floating point may pass 1 by a rounding error.
const share = () => z.number().min(0);
const side = z.enum(speakerSides).describe('us: a member of your firm; client: the client’s side; unknown: not yet said.');
const severity = z.enum(['info', 'warning', 'concern']);
const utteranceIndex = () => z.int().min(0).describe('An utterance’s index (its position in the transcript, from 0).');
// An array of three rather than a tuple: openapi-fetch's response types turn tuples into arrays anyway.
const perThird = z.array(count()).length(3).describe('Questions in the first, middle and last third of the call.');

export const conversationParams = z.object({ conversationId: z.uuid().describe('The conversation’s id.') });
export const memberParams = z.object({ memberId: z.uuid().describe('The team member’s id.') });

export const saveTranscriptBody = z.object({
  text: z
    .string()
    .min(1, 'paste or upload the transcript')
    .max(transcriptMaxChars, `a transcript can be at most ${transcriptMaxChars.toLocaleString('en-GB')} characters (about four hours of talk); upload the part that matters`)
    .refine((t) => !t.includes('\u0000'), 'holds a NUL character: is it a binary file? Send the transcript as text')
    .describe('The transcript as exported: WebVTT, SRT, plain "Name: text" lines, Otter-style, or JSON [{speaker, start?, end?, text}].'),
  format: z.enum(['auto', ...transcriptFormats]).optional().describe('The format; detected when absent or "auto".'),
  fileName: z.string().max(255).nullable().optional().describe('The uploaded file’s name, shown beside the transcript.'),
  version: versionField.optional().describe('Required when replacing a transcript: the version you loaded (409 if it changed since).'),
});

export const updateSpeakersBody = z.object({
  version: versionField,
  speakers: z
    .array(
      z.object({
        name: z.string().min(1).max(500).describe('The speaker’s name as the transcript gives it.'),
        side,
        memberId: z.uuid().nullable().optional().describe('The team member this speaker is (side us); null for none; left out: unchanged while the side is us.'),
        personId: z.uuid().nullable().optional().describe('The client’s person this speaker is (side client); null for none; left out: unchanged while the side is client.'),
      }),
    )
    .min(1)
    .max(1000)
    .describe('The speakers to change: each one’s side, and its member or person when given. Speakers not listed keep theirs.'),
});

export const listeningQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(listeningLimitMax)
    .default(listeningLimitDefault)
    .describe(`How many of the latest calls, 1–${listeningLimitMax}.`),
});

export const listeningQuestion = z
  .object({ text: z.string().describe('The sentence that asks, as written.'), kind: z.enum(['open', 'closed']) })
  .meta({ id: 'ListeningQuestion' });

export const listeningFinding = z
  .object({
    code: z.string().describe('Stable code, e.g. talk_share_high.'),
    severity,
    message: z.string(),
    suggestion: z.string().describe('One concrete thing to do differently.'),
    evidence: z.array(utteranceIndex()).describe('The utterances that show it.'),
  })
  .meta({ id: 'ListeningFinding' });

const speakerFigures = {
  side,
  words: count().describe('Whitespace-separated tokens that contain a letter or a digit.'),
  talkShare: share().describe('Share (0–1) of all the words.'),
  turns: count(),
  longestMonologueWords: count(),
  questions: z.object({ open: count(), closed: count() }),
  seconds: seconds().optional().describe('Seconds spoken, when the transcript is timed.'),
  timeShare: share().optional().describe('Share (0–1) of all speaking time, when timed.'),
  longestMonologueSeconds: seconds().optional(),
};

export const speakerSummary = z.object({ name: z.string(), ...speakerFigures }).meta({ id: 'SpeakerSummary' });
export const sideSummary = z.object({ ...speakerFigures, speakers: z.array(z.string()) }).meta({ id: 'SideSummary' });

export const analysedUtterance = z
  .object({
    index: utteranceIndex(),
    speaker: z.string(),
    start: seconds().optional().describe('Seconds from the start of the call, when timed.'),
    end: seconds().optional(),
    text: z.string(),
    questions: z.array(listeningQuestion),
  })
  .meta({ id: 'AnalysedUtterance' });

export const listeningTurn = z
  .object({
    speaker: z.string(),
    side,
    from: utteranceIndex().describe('The first utterance of the run.'),
    to: utteranceIndex().describe('The last utterance of the run.'),
    words: count(),
    start: seconds().optional(),
    end: seconds().optional(),
  })
  .meta({ id: 'ListeningTurn' });

export const focusMeasure = z
  .object({
    clientReferences: count().describe('Second-person references to the client (you, your…) in our side’s words.'),
    selfReferences: count().describe('First-person references to us and our firm (I, we, our, the firm’s name…).'),
  })
  .meta({ id: 'FocusMeasure' });

export const companyOverviewRun = z
  .object({
    from: utteranceIndex(),
    to: utteranceIndex(),
    words: count(),
    seconds: seconds().optional(),
    turnedBackAt: utteranceIndex().optional().describe('Our first question to the client soon after the run, if any.'),
  })
  .meta({ id: 'CompanyOverviewRun' });

export const listeningMeasures = z
  .object({
    totalWords: count(),
    durationSeconds: seconds().optional(),
    switchesPerMinute: z.number().min(0).optional().describe('Speaker switches per minute, when timed.'),
    monologues: z.object({ overTwoMinutes: count(), over300Words: count() }),
    questionSpread: z
      .object({ us: perThird, client: perThird })
      .describe('Questions each side asked in each third of the call (by time when timed, else by words).'),
    focus: focusMeasure,
    companyOverviews: z.array(companyOverviewRun).describe('Runs of our talk about our firm, credentials or features.'),
    patience: z
      .object({
        replies: count().describe('Our replies right after the client spoke, both timed.'),
        medianGapSeconds: z.number().optional().describe('The median pause before those replies.'),
        interruptions: count().describe('Replies that started before the client had finished.'),
      })
      .meta({ id: 'PatienceMeasure' }),
  })
  .meta({ id: 'ListeningMeasures' });

export const transcriptAnalysis = z
  .object({
    configVersion: z.string().describe('The version of the thresholds and phrase lists used.'),
    speakers: z.array(speakerSummary),
    sides: z.array(sideSummary),
    utterances: z.array(analysedUtterance).describe('Every line / cue, in order; index is its position.'),
    turns: z.array(listeningTurn).describe('Runs of the same speaker, computed from the utterances.'),
    measures: listeningMeasures,
    findings: z.array(listeningFinding),
  })
  .meta({ id: 'TranscriptAnalysis' });

export const transcriptSpeaker = z
  .object({
    name: z.string().describe('As the transcript gives it.'),
    side,
    memberId: z.uuid().nullable(),
    personId: z.uuid().nullable(),
    memberName: z.string().optional(),
    personName: z.string().optional(),
  })
  .meta({ id: 'TranscriptSpeaker' });

export const transcriptView = z
  .object({
    conversationId: z.uuid(),
    format: z.enum(transcriptFormats),
    fileName: z.string().nullable(),
    speakers: z.array(transcriptSpeaker).describe('In order of first appearance, with who each one is.'),
    analysis: transcriptAnalysis,
    ...stamps,
  })
  .meta({ id: 'TranscriptView' });

export const listeningCall = z
  .object({
    conversationId: z.uuid(),
    occurredAt: z.iso.datetime(),
    channel: z.enum(channels),
    summary: z.string().nullable(),
    durationSeconds: seconds().nullable(),
    words: count(),
    talkShare: share().describe('The member’s share of the call’s words.'),
    usTalkShare: share().describe('Our whole side’s share of the call’s words.'),
    questions: z.object({ open: count(), closed: count() }),
    longestMonologueWords: count(),
    seconds: seconds().nullable(),
  })
  .meta({ id: 'ListeningCall' });

export const listeningAverages = z
  .object({
    calls: count(),
    words: z.number(),
    talkShare: share(),
    usTalkShare: share(),
    questionsOpen: z.number(),
    questionsClosed: z.number(),
    longestMonologueWords: z.number(),
    seconds: z.number().nullable().describe('Over the timed calls only.'),
  })
  .meta({ id: 'ListeningAverages' });

export const memberListening = z
  .object({
    member: z.object({ id: z.uuid(), name: z.string() }),
    items: z.array(listeningCall).describe('The member’s latest calls with a transcript in which they spoke, newest first.'),
    averages: listeningAverages.nullable().describe('Over the calls listed; null when there are none.'),
  })
  .meta({ id: 'MemberListening' });
