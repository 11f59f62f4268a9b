/**
 * Every line of the transcript in order: its number, speaker (coloured by side), time, and text with the
 * questions marked open or closed. Lines shown as evidence are highlighted. Each line is a plain list item
 * with an id (#u-<index>) and can take focus; lines are memoised, so highlighting re-renders only the
 * lines that change, even on an hour-long call.
 */
import { memo } from 'react';
import type { AnalysedUtterance } from '../../../api/transcripts.ts';
import { clock, sideLabels, type Side } from './listening-words.ts';
import { markQuestions } from './question-marks.ts';

/** The element id of an utterance's line: the target of "Show lines" and of #u-<index> links. */
export const utteranceId = (index: number) => `u-${index}`;

interface Props {
  utterances: readonly AnalysedUtterance[];
  sideOf: (speaker: string) => Side;
  highlighted: ReadonlySet<number>;
}

export function TranscriptLines({ utterances, sideOf, highlighted }: Props) {
  return (
    <ol className="transcript-lines">
      {utterances.map((u) => (
        <TranscriptLine key={u.index} utterance={u} side={sideOf(u.speaker)} highlighted={highlighted.has(u.index)} />
      ))}
    </ol>
  );
}

const kindLabels = { open: 'Open question', closed: 'Closed question' } as const;

const TranscriptLine = memo(function TranscriptLine({ utterance: u, side, highlighted }: { utterance: AnalysedUtterance; side: Side; highlighted: boolean }) {
  return (
    <li id={utteranceId(u.index)} tabIndex={-1} className={`utt side-${side}${highlighted ? ' is-evidence' : ''}`}>
      <p className="utt-meta">
        <span className="utt-number">
          <span className="sr-only">Line </span>
          {u.index + 1}
        </span>
        {u.start !== undefined ? <span className="utt-time">{clock(u.start)}</span> : null}
        <span className="utt-speaker">
          {u.speaker}
          <span className="sr-only"> ({sideLabels[side].toLowerCase()})</span>
        </span>
        {highlighted ? <span className="evidence-tag">Evidence</span> : null}
      </p>
      <p className="utt-text">
        {markQuestions(u.text, u.questions).map((piece, i) =>
          piece.question ? (
            <mark key={i} className={`q q-${piece.question}`}>
              <span className="sr-only">{kindLabels[piece.question]}: </span>
              {piece.text}
            </mark>
          ) : (
            piece.text
          ),
        )}
      </p>
    </li>
  );
});
