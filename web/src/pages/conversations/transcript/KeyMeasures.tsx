/**
 * The measures behind the findings, briefly: questions each side asked (open and closed, and how ours
 * spread over the call), our longest monologue, runs of talk about our firm, how often the floor changed
 * hands and the pause before our replies, and whom our words were about.
 */
import type { ListeningTurn as Turn, TranscriptAnalysis } from '../../../api/transcripts.ts';
import type { ShowLines } from './EvidenceBar.tsx';
import { duration, number, plural } from './listening-words.ts';

interface Props {
  analysis: TranscriptAnalysis;
  onShow: ShowLines;
}

const linesOf = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const seconds = (t: { start?: number; end?: number }) => (t.start !== undefined && t.end !== undefined ? t.end - t.start : undefined);

function questionsLine(q: { open: number; closed: number } | undefined): string {
  if (!q || q.open + q.closed === 0) return 'None';
  return `${plural(q.open + q.closed, 'question')}: ${number(q.open)} open, ${number(q.closed)} closed`;
}

function longestOurs(turns: readonly Turn[]): Turn | undefined {
  return turns.filter((t) => t.side === 'us').reduce<Turn | undefined>((best, t) => (!best || t.words > best.words ? t : best), undefined);
}

export function KeyMeasures({ analysis, onShow }: Props) {
  const { measures, sides } = analysis;
  const us = sides.find((s) => s.side === 'us');
  const client = sides.find((s) => s.side === 'client');
  const monologue = longestOurs(analysis.turns);
  const monologueSeconds = monologue ? seconds(monologue) : undefined;
  const { patience, focus, companyOverviews, questionSpread } = measures;
  const spread = questionSpread.us;

  return (
    <section className="listening-block" aria-labelledby="measures-title">
      <h3 id="measures-title">Key measures</h3>
      <dl className="measures">
        <div className="measure">
          <dt>Questions we asked</dt>
          <dd>{questionsLine(us?.questions)}</dd>
          {spread.some((n) => n > 0) ? (
            <dd className="measure-detail">
              By third of the call: {spread.join(' · ')}
            </dd>
          ) : null}
        </div>
        <div className="measure">
          <dt>Questions the client asked</dt>
          <dd>{questionsLine(client?.questions)}</dd>
        </div>
        <div className="measure">
          <dt>Our longest monologue</dt>
          {monologue ? (
            <>
              <dd>
                {plural(monologue.words, 'word')}
                {monologueSeconds !== undefined ? ` (${duration(monologueSeconds)})` : ''} by {monologue.speaker}
              </dd>
              <dd>
                <button
                  type="button"
                  id="measure-monologue"
                  className="button-link"
                  onClick={() => onShow(linesOf(monologue.from, monologue.to), `our longest monologue, by ${monologue.speaker}`, 'measure-monologue')}
                >
                  Show it
                </button>
              </dd>
            </>
          ) : (
            <dd>None of ours</dd>
          )}
          {measures.monologues.overTwoMinutes + measures.monologues.over300Words > 0 ? (
            <dd className="measure-detail">
              Past 2 minutes: {number(measures.monologues.overTwoMinutes)} · past 300 words: {number(measures.monologues.over300Words)}
            </dd>
          ) : null}
        </div>
        <div className="measure">
          <dt>Talking about our firm</dt>
          {companyOverviews.length === 0 ? (
            <dd>No company overview</dd>
          ) : (
            <>
              <dd>
                {plural(companyOverviews.length, 'run')}; turned back to the client after{' '}
                {number(companyOverviews.filter((r) => r.turnedBackAt !== undefined).length)}
              </dd>
              {companyOverviews.map((run, i) => (
                <dd key={run.from}>
                  <button
                    type="button"
                    id={`measure-overview-${i}`}
                    className="button-link"
                    onClick={() => onShow(linesOf(run.from, run.to), `talk about our firm, lines ${run.from + 1}–${run.to + 1}`, `measure-overview-${i}`)}
                  >
                    Lines {run.from + 1}–{run.to + 1}
                  </button>{' '}
                  <span className="muted">
                    · {plural(run.words, 'word')}
                    {run.seconds !== undefined ? ` · ${duration(run.seconds)}` : ''}
                  </span>
                </dd>
              ))}
            </>
          )}
        </div>
        <div className="measure">
          <dt>Pace and patience</dt>
          {measures.switchesPerMinute !== undefined ? (
            <dd>{measures.switchesPerMinute.toFixed(1)} speaker switches a minute</dd>
          ) : (
            <dd>{plural(analysis.turns.length, 'turn')}</dd>
          )}
          {patience.replies > 0 && patience.medianGapSeconds !== undefined ? (
            <dd className="measure-detail">
              Median pause before our reply {patience.medianGapSeconds.toFixed(1)} s · {plural(patience.interruptions, 'interruption')} in{' '}
              {plural(patience.replies, 'reply', 'replies')}
            </dd>
          ) : measures.durationSeconds === undefined ? (
            <dd className="measure-detail">Pauses before our replies need timestamps</dd>
          ) : null}
        </div>
        <div className="measure">
          <dt>Our words were about</dt>
          <dd>
            The client (you, your): {number(focus.clientReferences)} · us (I, we, our): {number(focus.selfReferences)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
