/**
 * A small column chart of one figure per call, oldest on the left, drawn as inline SVG (the columns and an
 * optional dashed target line) with the labels in HTML so they stay readable at any width. The chart is
 * a picture of the table that follows it: screen readers get the caption's summary and the table.
 */
import type { ReactNode } from 'react';

export interface TrendPoint {
  key: string;
  /** Under the column, e.g. the call's date. */
  label: string;
  /** Stacked from the bottom; each part's class gives its colour. */
  parts: { value: number; className: string }[];
  /** Above the column, e.g. "52%". */
  valueLabel: string;
}

interface Props {
  caption: ReactNode;
  points: readonly TrendPoint[];
  max: number;
  /** The y axis's top label, e.g. "100%". */
  maxLabel: string;
  target?: { value: number; label: string };
  legend?: ReactNode;
}

/** Columns keep a sensible width with only a few calls. */
const minSlots = 4;
/** Past this many calls a phone names only the first and last dates (listening-member.css). */
const manyOnAPhone = 4;
/** Past this many calls, the labels would crowd: only the first and last dates are named. */
const labelEvery = 12;

export function TrendChart({ caption, points, max, maxLabel, target, legend }: Props) {
  const slots = Math.max(points.length, minSlots);
  const y = (v: number) => 100 - (Math.min(v, max) / max) * 100;
  const crowded = points.length > labelEvery;
  return (
    <figure className="trend">
      <figcaption className="trend-caption">{caption}</figcaption>
      <div className="trend-plot" aria-hidden="true">
        <span className="trend-max">{maxLabel}</span>
        <span className="trend-zero">0</span>
        <div className="trend-area">
          <svg viewBox={`0 0 ${slots} 100`} preserveAspectRatio="none" focusable="false">
            <line x1="0" x2={slots} y1="50" y2="50" className="trend-grid" vectorEffect="non-scaling-stroke" />
            {points.map((p, i) => {
              let base = 0;
              return p.parts.map((part) => {
                const top = base + part.value;
                const rect = <rect key={`${p.key}-${part.className}`} x={i + 0.18} width={0.64} y={y(top)} height={y(base) - y(top)} className={part.className} />;
                base = top;
                return rect;
              });
            })}
            {target ? <line x1="0" x2={slots} y1={y(target.value)} y2={y(target.value)} className="trend-target" vectorEffect="non-scaling-stroke" /> : null}
          </svg>
          {target ? (
            <span className="trend-target-label" style={{ bottom: `${100 - y(target.value)}%` }}>
              {target.label}
            </span>
          ) : null}
          {crowded
            ? null
            : points.map((p, i) => (
                <span
                  key={p.key}
                  className="trend-value"
                  style={{ left: `${((i + 0.5) / slots) * 100}%`, bottom: `${100 - y(p.parts.reduce((s, part) => s + part.value, 0))}%` }}
                >
                  {p.valueLabel}
                </span>
              ))}
        </div>
        <div className={points.length > manyOnAPhone ? 'trend-x trend-x-many' : 'trend-x'}>
          {points.map((p, i) =>
            !crowded || i === 0 || i === points.length - 1 ? (
              <span key={p.key} style={{ left: `${((i + 0.5) / slots) * 100}%` }}>
                {p.label}
              </span>
            ) : null,
          )}
        </div>
      </div>
      {legend}
    </figure>
  );
}
