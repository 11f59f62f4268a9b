/**
 * Above the transcript while lines are shown as evidence: what they show, which one has focus, and ways to
 * step through them, go back to where "Show lines" was pressed, or stop highlighting.
 */
/** What "Show lines" asks for: the lines, what they show, and the id of the control to return to. */
export type ShowLines = (lines: readonly number[], label: string, returnTo: string) => void;

export interface ShownLines {
  /** Utterance indexes, in order. */
  lines: number[];
  /** What the lines show, e.g. a finding's message. */
  label: string;
  /** The id of the control that asked, to go back to. */
  returnTo: string;
  /** Which of the lines has focus. */
  at: number;
}

interface Props {
  shown: ShownLines;
  onMove: (at: number) => void;
  onClear: () => void;
}

export function EvidenceBar({ shown, onMove, onClear }: Props) {
  const { lines, label, at, returnTo } = shown;
  const many = lines.length > 1;
  return (
    <div className="evidence-bar" role="group" aria-label="Highlighted lines">
      <p>
        <strong>{many ? `Line ${at + 1} of ${lines.length} highlighted` : '1 line highlighted'}</strong> for: {label}
      </p>
      <div className="evidence-actions">
        {many ? (
          <>
            <button type="button" className="button button-small" onClick={() => onMove((at - 1 + lines.length) % lines.length)}>
              Previous line
            </button>
            <button type="button" className="button button-small" onClick={() => onMove((at + 1) % lines.length)}>
              Next line
            </button>
          </>
        ) : null}
        <button type="button" className="button button-small button-quiet" onClick={() => document.getElementById(returnTo)?.focus()}>
          Back
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onClear}>
          Clear
        </button>
      </div>
    </div>
  );
}
