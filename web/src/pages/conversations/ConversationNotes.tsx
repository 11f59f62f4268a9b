/** The yellow-pad notes of a conversation, facet by facet, their words first; then our summary. */
import type { Conversation } from '../../api/types.ts';
import { EmptyState } from '../../components/Status.tsx';
import { facetLabels, noteFacets } from '../../lib/vocabulary.ts';

export function ConversationNotes({ conversation: c, onEdit }: { conversation: Conversation; onEdit: () => void }) {
  const noted = noteFacets.filter((f) => c.notes[f]);
  return (
    <div className="notes-view">
      <section className="pad pad-view" aria-labelledby="notes-title">
        <h2 id="notes-title">What they told us</h2>
        {noted.length === 0 ? (
          <EmptyState
            title="No notes yet"
            actions={
              <button type="button" className="button" onClick={onEdit}>
                Add notes
              </button>
            }
          >
            <p>What did they say? Add their words while you still remember them.</p>
          </EmptyState>
        ) : (
          noted.map((facet) => (
            <section key={facet} className={`facet${facet === 'inTheirWords' ? ' facet-quote' : ''}`} aria-labelledby={`facet-${facet}`}>
              <h3 id={`facet-${facet}`}>{facetLabels[facet].label}</h3>
              {facet === 'inTheirWords' ? (
                <blockquote className="quote">
                  <p className="prewrap">{c.notes[facet]}</p>
                </blockquote>
              ) : (
                <p className="prewrap">{c.notes[facet]}</p>
              )}
            </section>
          ))
        )}
      </section>
      <section className="summary-view" aria-labelledby="summary-title">
        <h2 id="summary-title">Our summary</h2>
        {c.summary ? <p className="prewrap">{c.summary}</p> : <p className="muted">No summary yet.</p>}
      </section>
    </div>
  );
}
