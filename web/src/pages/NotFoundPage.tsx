/** Unknown addresses and unexpected failures: say so plainly and offer a way on. */
import { Link, type ErrorComponentProps } from '@tanstack/react-router';
import { messageOf } from '../api/errors.ts';
import { usePageTitle } from '../lib/hooks.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="standalone">
      <h1 tabIndex={-1}>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be incomplete.</p>
      <p>
        <Link to="/" className="button">
          Go to the start page
        </Link>
      </p>
    </div>
  );
}

export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  usePageTitle('Something went wrong');
  return (
    <div className="standalone" role="alert">
      <h1 tabIndex={-1}>Something went wrong</h1>
      <p>{messageOf(error)}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
    </div>
  );
}
