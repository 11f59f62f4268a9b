/**
 * The page as loaded, shared by its sections: the token, the data, a way to patch it after an act (so an
 * act does not reload the page and count as another open), a reload for when the server says the page
 * changed under the client, and the switch to the "link gone" screen when an act meets a dead link.
 */
import { createContext, useContext, useRef, useState } from 'react';
import { ApiError } from '../api/errors.ts';
import type { SharedPage } from './api.ts';

export interface PageContext {
  token: string;
  page: SharedPage;
  patch: (change: (page: SharedPage) => SharedPage) => void;
  /** Reads the page again (after a 409 saying it changed); resolves once the new page is shown. */
  reload: () => Promise<void>;
  /** The link stopped working while the page was open. */
  lost: (error: ApiError) => void;
}

const Context = createContext<PageContext | null>(null);
export const PageProvider = Context.Provider;

export function usePage(): PageContext {
  const value = useContext(Context);
  if (!value) throw new Error('usePage outside the share page');
  return value;
}

/** A box left empty: said here, in the page's words, rather than by the API's field list. */
export const blank = (message: string) => new ApiError(400, 'validation_failed', message);

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'unexpected', 'Something went wrong. Please try again.'));

/**
 * One act of the client (confirm, comment, tick a step…): pending while it runs, the server's message when
 * it is refused. A dead link (410) leaves for the "link gone" screen; a plan closed meanwhile (409
 * need_closed) reloads, so the page shows it read-only beside the message.
 */
export function useAct<Args extends unknown[], Result>(
  send: (token: string, ...args: Args) => Promise<Result>,
  done: (result: Result, ...args: Args) => void,
  refused?: (error: ApiError) => void,
) {
  const { token, lost, reload } = usePage();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const running = useRef(false);

  async function run(...args: Args): Promise<boolean> {
    if (running.current) return false;
    running.current = true;
    setPending(true);
    setError(null);
    try {
      const result = await send(token, ...args);
      done(result, ...args);
      return true;
    } catch (e) {
      const err = asApiError(e);
      if (err.status === 410) lost(err);
      else {
        if (err.code === 'need_closed') await reload().catch(() => {});
        setError(err);
        refused?.(err);
      }
      return false;
    } finally {
      running.current = false;
      setPending(false);
    }
  }

  return { run, pending, error, setError, clear: () => setError(null) };
}
