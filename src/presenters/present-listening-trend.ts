/** A member's listening trend as the API shows it: figures rounded to what a person reads, dates in ISO. */
import type { MemberListening } from '../domain/transcripts/list-member-listening.ts';
import { iso } from './iso.ts';

/** Shares to four decimals, seconds and averages to two: the stored figures are single precision. */
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const roundOrNull = (value: number | null, places: number) => (value === null ? null : round(value, places));

/** Maps the member's calls and averages to the MemberListening response. */
export function presentListeningTrend(trend: MemberListening) {
  return {
    member: trend.member,
    items: trend.calls.map((c) => ({
      conversationId: c.conversationId,
      occurredAt: iso(c.occurredAt),
      channel: c.channel,
      summary: c.summary,
      durationSeconds: roundOrNull(c.durationSeconds, 2),
      words: c.words,
      talkShare: round(c.talkShare, 4),
      usTalkShare: round(c.usTalkShare, 4),
      questions: { open: c.questionsOpen, closed: c.questionsClosed },
      longestMonologueWords: c.longestMonologueWords,
      seconds: roundOrNull(c.seconds, 2),
    })),
    averages: trend.averages && {
      calls: trend.averages.calls,
      words: round(trend.averages.words, 2),
      talkShare: round(trend.averages.talkShare, 4),
      usTalkShare: round(trend.averages.usTalkShare, 4),
      questionsOpen: round(trend.averages.questionsOpen, 2),
      questionsClosed: round(trend.averages.questionsClosed, 2),
      longestMonologueWords: round(trend.averages.longestMonologueWords, 2),
      seconds: roundOrNull(trend.averages.seconds, 2),
    },
  };
}
