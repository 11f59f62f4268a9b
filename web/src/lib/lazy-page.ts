/**
 * Pages load as their own chunks (decision 026): the first visit downloads the shell and the page asked for,
 * not the whole app. Once the first page is up, the other pages are fetched while the browser is idle, so
 * moving between them later does not wait on the network.
 */
import { lazy, type ComponentType } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

/** `name` exported by the module `load` imports, fetched on first render (a Suspense boundary waits for it). */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K): M[K] {
  let pending: Promise<M> | undefined;
  // One fetch however many ask; a failed one (the network dropped) may be tried again.
  const once = () =>
    (pending ??= load().catch((err: unknown) => {
      pending = undefined;
      throw err;
    }));
  loaders.push(once);
  return lazy(async () => ({ default: (await once())[name] as ComponentType })) as unknown as M[K];
}

/** Fetches every page's chunk in the background, one after another, when the browser has nothing else to do. */
export function warmPages(): void {
  const idle = (then: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(then, { timeout: 3_000 }) : setTimeout(then, 500));
  idle(async () => {
    for (const load of loaders) await load().catch(() => undefined);
  });
}
