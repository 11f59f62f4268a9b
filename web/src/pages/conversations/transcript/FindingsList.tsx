/**
 * What the analysis found, most serious first: each finding's message, one concrete suggestion, and
 * "Show lines" to jump to the lines that show it.
 */
import type { ListeningFinding as Finding } from '../../../api/transcripts.ts';
import type { ShowLines } from './EvidenceBar.tsx';
import { FindingText } from './FindingText.tsx';
import { plural } from './listening-words.ts';

export function FindingsList({ findings, onShow }: { findings: readonly Finding[]; onShow: ShowLines }) {
  return (
    <section className="listening-block" aria-labelledby="findings-title">
      <h3 id="findings-title">What to work on</h3>
      {findings.length === 0 ? (
        <p className="muted">Nothing stood out: the client had the floor, and no line is likely to cost trust.</p>
      ) : (
        <ol className="findings">
          {findings.map((f, i) => {
            const buttonId = `finding-${i}-show`;
            return (
              <li key={`${f.code}-${i}`} className={`finding severity-${f.severity}`}>
                <FindingText finding={f} messageId={`finding-${i}-message`} />
                {f.evidence.length > 0 ? (
                  <button
                    type="button"
                    id={buttonId}
                    className="button button-small"
                    aria-describedby={`finding-${i}-message`}
                    onClick={() => onShow(f.evidence, f.message, buttonId)}>
                    Show {f.evidence.length === 1 ? 'the line' : plural(f.evidence.length, 'line')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
