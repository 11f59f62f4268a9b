/**
 * Talk share drawn as bars, always with the percentages written out (the colours only repeat them):
 * the split between the sides with the research target for ours, and one speaker's share.
 */
import type { SideSummary } from '../../../api/transcripts.ts';
import { percent, sideLabels, sides, usTalkTarget, type Side } from './listening-words.ts';

/** A figure's share of the talk: by time when the transcript is timed, else by words. */
export type ShareOf = (figures: { talkShare: number; timeShare?: number }) => number;

export function SideSplit({ summaries, shareOf }: { summaries: readonly SideSummary[]; shareOf: ShareOf }) {
  const parts = sides
    .map((side) => ({ side, share: shareOf(summaries.find((s) => s.side === side) ?? { talkShare: 0 }) }))
    .filter((p) => p.share > 0);
  return (
    <div className="side-split">
      <div className="share-stack" aria-hidden="true">
        {parts.map((p) => (
          <span key={p.side} className={`share-part side-${p.side}`} style={{ width: `${p.share * 100}%` }} />
        ))}
        <span className="share-target" style={{ left: `${usTalkTarget * 100}%` }} />
      </div>
      <ul className="side-legend">
        {parts.map((p) => (
          <li key={p.side}>
            <span className={`swatch side-${p.side}`} aria-hidden="true" />
            {sideLabels[p.side]} <strong>{percent(p.share)}</strong>
          </li>
        ))}
        <li className="target-legend">
          <span className="swatch swatch-target" aria-hidden="true" />
          Top performers talk about {percent(usTalkTarget)}
        </li>
      </ul>
    </div>
  );
}

export function ShareBar({ share, side }: { share: number; side: Side }) {
  return (
    <span className="share-bar" aria-hidden="true">
      <span className={`share-fill side-${side}`} style={{ width: `${Math.min(1, share) * 100}%` }} />
    </span>
  );
}
