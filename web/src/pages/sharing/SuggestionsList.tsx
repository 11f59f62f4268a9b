/**
 * Beside the problem statement: what the client answered "not quite…" with on their page, in their words —
 * who, when, about which version — to adopt as the next working version in one click, or set aside. Never
 * applied silently. Resolved ones fold away below, with what became of them.
 */
import { useId, useState } from 'react';
import { messageOf } from '../../api/errors.ts';
import { useAdoptSuggestion, useSetSuggestionAside, useSuggestions, type Suggestion } from '../../api/share-links.ts';
import { LoadError } from '../../components/Status.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoment } from '../../lib/days.ts';
import '../../styles/sharing.css';

interface Props {
  needId: string;
  /** The statement's version now, to say when a suggestion answered an older one. */
  currentVersion: number | null;
  /** A closed need's statement no longer changes: suggestions are shown, not acted on. */
  closed: boolean;
}

export function SuggestionsList({ needId, currentVersion, closed }: Props) {
  const suggestions = useSuggestions(needId);
  const [said, setSaid] = useState('');
  if (suggestions.isPending) return null;
  if (suggestions.isError) return <LoadError error={suggestions.error} onRetry={() => void suggestions.refetch()} />;
  const items = suggestions.data.items;
  const open = items.filter((s) => s.status === 'open').reverse();
  const resolved = items.filter((s) => s.status !== 'open').reverse();
  if (items.length === 0 && !said) return null;

  return (
    <section className="client-suggestions" aria-labelledby="suggestions-title">
      <h3>
        <span id="suggestions-title">“Not quite…” from the client</span>{' '}
        {open.length > 0 ? (
          <span className="count">
            {open.length}
            <span className="sr-only"> waiting</span>
          </span>
        ) : null}
      </h3>
      <p className="client-suggestions-status" role="status">
        {said}
      </p>
      {open.length > 0 ? (
        <ol className="plain client-suggestion-list">
          {open.map((s) => (
            <li key={s.id}>
              <OpenSuggestion needId={needId} suggestion={s} currentVersion={currentVersion} closed={closed} onResolved={setSaid} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted client-suggestions-none">Nothing waiting: every suggestion has been answered.</p>
      )}
      {resolved.length > 0 ? (
        <details className="client-suggestions-resolved">
          <summary>
            {resolved.length === 1 ? 'One answered suggestion' : `${resolved.length} answered suggestions`}
          </summary>
          <ol className="plain client-suggestion-list">
            {resolved.map((s) => (
              <li key={s.id}>
                <article className={`client-suggestion client-suggestion-${s.status}`}>
                  <SuggestionWords suggestion={s} />
                  <p className={`client-suggestion-outcome client-suggestion-outcome-${s.status}`}>{outcomeLine(s)}</p>
                </article>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

function outcomeLine(s: Suggestion): string {
  const by = s.resolvedBy ? ` by ${s.resolvedBy.name}` : '';
  const when = s.resolvedAt ? ` on ${formatMoment(s.resolvedAt)}` : '';
  if (s.status === 'adopted') return `Adopted${s.adoptedVersion === null ? '' : ` as version ${s.adoptedVersion}`}${by}${when}`;
  return `Set aside${by}${when}`;
}

function SuggestionWords({ suggestion: s, titleId }: { suggestion: Suggestion; titleId?: string }) {
  return (
    <figure className="client-suggestion-words">
      <figcaption id={titleId}>
        {s.person.fullName}, <time dateTime={s.at} title={formatDateTime(s.at)}>{formatMoment(s.at)}</time>, about version {s.version}:
      </figcaption>
      <blockquote>
        <p className="prewrap">{s.text}</p>
      </blockquote>
    </figure>
  );
}

interface OpenProps {
  needId: string;
  suggestion: Suggestion;
  currentVersion: number | null;
  closed: boolean;
  onResolved: (said: string) => void;
}

function OpenSuggestion({ needId, suggestion: s, currentVersion, closed, onResolved }: OpenProps) {
  const adopt = useAdoptSuggestion(needId);
  const setAside = useSetSuggestionAside(needId);
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const pending = adopt.isPending || setAside.isPending;
  const error = adopt.error ?? setAside.error;
  const name = s.person.fullName;
  return (
    <article className="client-suggestion client-suggestion-open" aria-labelledby={titleId}>
      <SuggestionWords suggestion={s} titleId={titleId} />
      {currentVersion !== null && s.version < currentVersion ? (
        <p className="hint">The statement has changed since: it is now version {currentVersion}.</p>
      ) : null}
      {closed ? null : asking ? (
        <div className="share-confirm" role="group" aria-label={`Set aside ${name}’s suggestion`}>
          <p>Set it aside? The statement stays as it is; their words stay here, marked set aside. This cannot be undone.</p>
          <div className="share-link-actions">
            <button
              type="button"
              className="button button-small"
              disabled={pending}
              onClick={() => setAside.mutate(s.id, { onSuccess: () => onResolved(`Set aside ${name}’s suggestion.`) })}
            >
              {setAside.isPending ? 'Setting it aside…' : 'Yes, set it aside'}
            </button>
            <button type="button" className="button button-quiet button-small" onClick={() => setAsking(false)} disabled={pending}>
              Keep it open
            </button>
          </div>
        </div>
      ) : (
        <div className="share-link-actions">
          <button
            type="button"
            className="button button-primary button-small"
            disabled={pending}
            onClick={() =>
              adopt.mutate(s.id, {
                onSuccess: (statement) => onResolved(`Adopted: ${name}’s words are now version ${statement.version}, a working version of the problem statement.`),
              })
            }
          >
            {adopt.isPending ? 'Adopting…' : 'Adopt as the new version'}
          </button>
          <button type="button" className="button button-small" onClick={() => setAsking(true)} disabled={pending}>
            Set aside
          </button>
        </div>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {messageOf(error)}
        </p>
      ) : null}
    </article>
  );
}
