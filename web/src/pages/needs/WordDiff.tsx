/**
 * How one version of the statement became the next, word by word: insertions underlined, deletions struck
 * through, each announced to screen readers ("added:", "removed:"), so colour is never the only signal.
 */
import { diffWords } from 'diff';

export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <p className="word-diff prewrap">
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i}>
            <span className="sr-only">added: </span>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i}>
            <span className="sr-only">removed: </span>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
