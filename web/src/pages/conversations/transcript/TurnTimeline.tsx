/**
 * The call's turns as one horizontal strip, each turn as wide as its time (or its words, untimed) and
 * coloured by side, with the side's name in its label. Each turn is a button that shows its lines in the
 * transcript. The strip is one stop for Tab; the arrow keys, Home and End move between turns.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { ListeningTurn as Turn, TranscriptAnalysis } from '../../../api/transcripts.ts';
import type { ShowLines } from './EvidenceBar.tsx';
import { clock, plural, sideLabels, sides } from './listening-words.ts';

interface Props {
  analysis: TranscriptAnalysis;
  onShow: ShowLines;
}

interface Placed {
  turn: Turn;
  /** Left edge and width, as fractions of the strip. */
  left: number;
  width: number;
}

interface Strip {
  placed: Placed[];
  /** The ends of the strip, as the axis names them. */
  from: string;
  to: string;
  timed: boolean;
}

/** Where each turn sits: by time when every turn is timed, else by the words spoken before it. */
function place(turns: readonly Turn[]): Strip {
  if (turns.every((t) => t.start !== undefined && t.end !== undefined)) {
    const first = Math.min(...turns.map((t) => t.start!));
    const last = Math.max(...turns.map((t) => t.end!));
    const span = last - first || 1;
    const placed = turns.map((turn) => ({ turn, left: (turn.start! - first) / span, width: (turn.end! - turn.start!) / span }));
    return { placed, from: clock(first), to: clock(last), timed: true };
  }
  const total = turns.reduce((sum, t) => sum + t.words, 0) || 1;
  let before = 0;
  const placed = turns.map((turn) => {
    const at = { turn, left: before / total, width: turn.words / total };
    before += turn.words;
    return at;
  });
  return { placed, from: '0 words', to: plural(total, 'word'), timed: false };
}

function describe(turn: Turn, n: number, of: number): string {
  const when = turn.start !== undefined ? `, ${clock(turn.start)}${turn.end !== undefined ? `–${clock(turn.end)}` : ''}` : '';
  return `Turn ${n} of ${of}: ${turn.speaker} (${sideLabels[turn.side].toLowerCase()}), ${plural(turn.words, 'word')}${when}`;
}

const segmentId = (i: number) => `turn-${i}`;
/** Past this many turns, the gaps between them would hide the turns themselves. */
const denseTurns = 150;

export function TurnTimeline({ analysis, onShow }: Props) {
  const { turns } = analysis;
  const [current, setCurrent] = useState(0);
  const [caption, setCaption] = useState<number | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  if (turns.length === 0) return null;
  const { placed, from, to, timed } = place(turns);
  const active = Math.min(current, turns.length - 1);
  const usedSides = sides.filter((side) => turns.some((t) => t.side === side));

  function move(i: number) {
    const next = Math.max(0, Math.min(turns.length - 1, i));
    setCurrent(next);
    buttons.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: turns.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    move(target);
  }

  const shownTurn = caption ?? active;

  return (
    <section className="listening-block" aria-labelledby="turns-title">
      <h3 id="turns-title">Turns</h3>
      <p className="hint" id="turns-hint">
        {plural(turns.length, 'turn')}, {timed ? 'each as wide as its time' : 'each as wide as its words'}. Choose one to read it below; arrow keys
        move between turns.
      </p>
      <div className={`turn-strip${turns.length > denseTurns ? ' dense' : ''}`} role="group" aria-label="Turns of the call" aria-describedby="turns-hint" onKeyDown={onKeyDown} onMouseLeave={() => setCaption(null)}>
        {placed.map(({ turn, left, width }, i) => (
          <button
            key={turn.from}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            id={segmentId(i)}
            className={`turn side-${turn.side}`}
            style={{ left: `${left * 100}%`, width: `${width * 100}%` }}
            tabIndex={i === active ? 0 : -1}
            aria-label={describe(turn, i + 1, turns.length)}
            onFocus={() => {
              setCurrent(i);
              setCaption(i);
            }}
            onMouseEnter={() => setCaption(i)}
            onClick={() => onShow(Array.from({ length: turn.to - turn.from + 1 }, (_, k) => turn.from + k), describe(turn, i + 1, turns.length), segmentId(i))}
          />
        ))}
      </div>
      <div className="turn-axis" aria-hidden="true">
        <span>{from}</span>
        <span>{to}</span>
      </div>
      <p className="turn-caption" aria-hidden="true">
        {describe(turns[shownTurn]!, shownTurn + 1, turns.length)}
      </p>
      <ul className="side-legend side-legend-small" aria-label="Colours">
        {usedSides.map((side) => (
          <li key={side}>
            <span className={`swatch side-${side}`} aria-hidden="true" />
            {sideLabels[side]}
          </li>
        ))}
      </ul>
    </section>
  );
}
