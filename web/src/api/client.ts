/**
 * The typed API client (openapi-fetch over the server's generated OpenAPI types). The CSRF token lives
 * in memory only: it is set from the session on log-in and on page load (GET /auth/session), and sent
 * as X-CSRF-Token on every state-changing request. If the server refuses a token (another tab logged in
 * again), the client fetches the current one and retries once.
 */
import createClient from 'openapi-fetch';
import { ApiError } from './errors.ts';
import type { paths } from './schema';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
let csrfToken: string | null = null;
let onSessionLost: () => void = () => {};

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called when an authenticated call comes back 401 (the session ended): the app goes to log-in. */
export function setSessionLostHandler(handler: () => void) {
  onSessionLost = handler;
}

async function refreshCsrfToken(): Promise<boolean> {
  const res = await fetch('/api/v1/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!res.ok) return false;
  const body = (await res.json()) as { csrfToken?: string };
  csrfToken = body.csrfToken ?? null;
  return Boolean(csrfToken);
}

async function errorCode(res: Response): Promise<string | undefined> {
  try {
    return ((await res.clone().json()) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

async function fetchWithCsrf(request: Request): Promise<Response> {
  const unsafe = !SAFE_METHODS.has(request.method);
  const retry = unsafe ? request.clone() : null;
  if (unsafe && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
  const res = await fetch(request);
  if (retry && res.status === 403 && (await errorCode(res)) === 'csrf_token_invalid' && (await refreshCsrfToken())) {
    retry.headers.set('X-CSRF-Token', csrfToken!);
    return fetch(retry);
  }
  return res;
}

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin', fetch: fetchWithCsrf });

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Awaits an openapi-fetch call and returns its data, or throws ApiError with the server's message. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<NonNullable<T>> {
  let result: Result<T>;
  try {
    result = await call;
  } catch {
    throw ApiError.network();
  }
  const { data, error, response } = result;
  if (!response.ok) {
    const err = ApiError.from(response.status, error);
    if (err.code === 'not_authenticated') onSessionLost();
    throw err;
  }
  return data as NonNullable<T>;
}
