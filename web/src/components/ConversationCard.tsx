/**
 * One conversation in a feed or timeline: when, how, with whom, their own words first, our summary,
 * and which facets were noted.
 */
import { Link } from '@tanstack/react-router';
import { channelLabels, facetLabels, noteFacets } from '../lib/vocabulary.ts';
import type { ConversationSummary } from '../api/types.ts';
import { formatDateTime, relativeTime } from '../lib/dates.ts';

interface Props {
  conversation: ConversationSummary;
  /** Leave out this person in "with …" (they are the page's subject). */
  hidePersonId?: string;
  headingLevel?: 'h2' | 'h3';
}

export function ConversationCard({ conversation: c, hidePersonId, headingLevel: H = 'h3' }: Props) {
  const people = c.people.filter((p) => p.id !== hidePersonId);
  const quote = c.notes.inTheirWords;
  const facets = noteFacets.filter((f) => f !== 'inTheirWords' && c.notes[f]);
  return (
    <article className="conversation-card">
      <header className="card-head">
        <H className="card-title">
          <Link to="/conversations/$conversationId" params={{ conversationId: c.id }}>
            {channelLabels[c.channel]}
            {people.length ? ` with ${people.map((p) => p.fullName).join(', ')}` : ''}
          </Link>
        </H>
        <p className="card-meta">
          <time dateTime={c.occurredAt} title={formatDateTime(c.occurredAt)}>
            {formatDateTime(c.occurredAt)}
          </time>
          <span aria-hidden="true"> · </span>
          <span>{relativeTime(c.occurredAt)}</span>
          {c.members.length ? (
            <>
              <span aria-hidden="true"> · </span>
              <span>{c.members.map((m) => m.name).join(', ')}</span>
            </>
          ) : null}
        </p>
      </header>
      {quote ? (
        <blockquote className="quote">
          <p>{quote}</p>
        </blockquote>
      ) : null}
      {c.summary ? <p className="card-summary">{c.summary}</p> : null}
      {facets.length ? (
        <ul className="facet-tags" aria-label="Also noted">
          {facets.map((f) => (
            <li key={f}>{facetLabels[f].label}</li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
