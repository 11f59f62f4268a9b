/** What the client sees when the page cannot be shown: an unknown or dead link, too many tries, or no connection. */
import { useEffect, useRef } from 'react';
import type { ApiError } from '../api/errors.ts';

function wordsFor(error: ApiError): { title: string; text: string; retry: boolean } {
  if (error.status === 404) {
    return { title: 'This link does not work', text: 'Ask the person who sent it for a new one. If you copied it from an email, check that you copied the whole address.', retry: false };
  }
  if (error.status === 410) {
    const who = firmOf(error) ?? 'the person who sent it';
    return { title: 'This link has expired or was withdrawn', text: `Links to a private page work for a limited time. Ask ${who} for a new one.`, retry: false };
  }
  if (error.status === 429) {
    return { title: 'Too many tries just now', text: 'To keep private pages safe, we slow down repeated attempts. Please wait a minute, then try again.', retry: true };
  }
  if (error.code === 'network_error') {
    return { title: 'We could not reach your page', text: 'Check your internet connection, then try again.', retry: true };
  }
  return { title: 'Your page could not be shown', text: error.message, retry: true };
}

/** The firm a dead link belonged to, when the server says (410 names it, so the client knows whom to ask). */
export function firmOf(error: ApiError): string | null {
  const firm = (error.details as { firm?: unknown } | undefined)?.firm;
  return typeof firm === 'string' && firm ? firm : null;
}

export function LinkProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { title, text, retry } = wordsFor(error);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title;
    heading.current?.focus();
  }, [title]);
  return (
    <div className="sp-problem" role="alert">
      <span className="sp-problem-mark" aria-hidden="true">
        {error.status === 410 ? <span className="sp-lock sp-lock-large" /> : error.status === 404 ? '?' : '!'}
      </span>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>{text}</p>
      {retry ? (
        <button type="button" className="sp-button sp-button-primary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
