/** A finding's words, the same for a call and for a draft: its severity, what was found, and what to try. */
import { severityLabels, type Severity } from './listening-words.ts';

interface Props {
  finding: { severity: Severity; message: string; suggestion: string };
  /** The message's element id, for the controls that act on it. */
  messageId?: string;
}

export function FindingText({ finding: f, messageId }: Props) {
  return (
    <>
      <p className="finding-message" id={messageId}>
        <span className={`severity-tag severity-${f.severity}`}>{severityLabels[f.severity]}</span> {f.message}
      </p>
      <p className="finding-suggestion">
        <span className="finding-try">Try this:</span> {f.suggestion}
      </p>
    </>
  );
}
