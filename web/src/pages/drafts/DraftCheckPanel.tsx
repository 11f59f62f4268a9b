/**
 * The check beside the draft: how long it is, whether its words are about the reader or about us, and
 * each finding with its suggestion and the sentences that show it (each can be selected in the draft).
 * Says "Checking…" while the draft is being typed or checked; the last check stays until the next arrives.
 */
import type { DraftCheckResult } from '../../api/listening.ts';
import { LoadError } from '../../components/Status.tsx';
import { FindingText } from '../conversations/transcript/FindingText.tsx';
import { number, plural } from '../conversations/transcript/listening-words.ts';

interface Props {
  check: DraftCheckResult | undefined;
  checking: boolean;
  error: unknown;
  /** Selects a cited sentence in the draft. */
  onShow: (evidence: { start: number; end: number; text: string }) => void;
}

export function DraftCheckPanel({ check, checking, error, onShow }: Props) {
  return (
    <>
      {/* Only the outcome is announced: "Checking…" at every pause in typing would be noise. */}
      <p className="draft-status">
        {checking ? (
          <span aria-hidden="true">
            <span className="spinner" />
            Checking…
          </span>
        ) : null}
        <span role="status">
          {!checking && check ? (check.findings.length === 0 ? 'Checked: nothing stood out.' : `Checked: ${plural(check.findings.length, 'thing')} to look at.`) : ''}
        </span>
      </p>
      {error ? <LoadError error={error} /> : null}
      {check ? (
        <>
          <dl className="draft-figures">
            <div>
              <dt>Words</dt>
              <dd>{number(check.words)}</dd>
            </div>
            <div>
              <dt>About them</dt>
              <dd>
                {number(check.focus.clientReferences)} <span className="muted">you, your</span>
              </dd>
            </div>
            <div>
              <dt>About us</dt>
              <dd>
                {number(check.focus.selfReferences)} <span className="muted">I, we, our</span>
              </dd>
            </div>
          </dl>
          <FocusBar reader={check.focus.clientReferences} us={check.focus.selfReferences} />
          {check.person ? (
            <p className="hint">
              Compared with the notes of {plural(check.conversationsCompared, 'conversation')} with {check.person.fullName}.
            </p>
          ) : null}
          {check.findings.length === 0 ? (
            <p className="draft-clear">Nothing stood out: it reads as being about them.</p>
          ) : (
            <ol className="findings">
              {check.findings.map((f, i) => (
                <li key={`${f.code}-${i}`} className={`finding severity-${f.severity}`}>
                  <FindingText finding={f} />
                  {f.evidence.length > 0 ? (
                    <ul className="draft-evidence">
                      {f.evidence.map((e) => (
                        <li key={e.start}>
                          <q>{e.text}</q>{' '}
                          <button type="button" className="button-link" onClick={() => onShow(e)}>
                            Show in the draft<span className="sr-only">: {e.text}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </>
      ) : null}
    </>
  );
}

/** Whose the draft's references are, as a bar split between the reader and us (the numbers are written above). */
function FocusBar({ reader, us }: { reader: number; us: number }) {
  const total = reader + us;
  if (total === 0) return null;
  return (
    <span className="focus-bar" aria-hidden="true">
      <span className="focus-reader" style={{ width: `${(reader / total) * 100}%` }} />
      <span className="focus-us" style={{ width: `${(us / total) * 100}%` }} />
    </span>
  );
}
