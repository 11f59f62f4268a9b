/**
 * The client's page talks to /api/v1/shared/{token} only: no session, no cookies, no CSRF token — the
 * secret in the page's address is the whole authorisation. Plain fetch, so the client never downloads the
 * professional app's API client. Every refusal becomes an ApiError carrying the server's message.
 */
import { ApiError } from '../api/errors.ts';
import type { Body, Ok } from '../api/types.ts';

export type SharedPage = Ok<'/api/v1/shared/{token}', 'get'>;
export type SharedNeed = NonNullable<SharedPage['need']>;
export type SharedStatement = NonNullable<SharedNeed['problemStatement']>;
export type SharedStep = SharedNeed['steps'][number];
export type SharedCommitment = SharedNeed['commitments'][number];
export type SharedRecap = NonNullable<SharedPage['recap']>;
export type SharedComment = SharedPage['comments'][number];
export type CheckInInput = Body<'/api/v1/shared/{token}/check-in', 'post'>;
export type RecapReplyInput = Body<'/api/v1/shared/{token}/recap-reply', 'post'>;

/** The token in `/s/{token}`, or null when the address has none (then the page says the link does not work). */
export function tokenFromLocation(pathname = window.location.pathname): string | null {
  const match = /^\/s\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

async function call<T>(token: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/v1/shared/${encodeURIComponent(token)}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw ApiError.network();
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    json = undefined;
  }
  if (!res.ok) throw ApiError.from(res.status, json);
  return json as T;
}

/** Everything the page needs to draw itself. Each load counts as an open for the professional, so acts patch the page instead of reloading it. */
export function loadPage(token: string) {
  return call<SharedPage>(token, '');
}

export function confirmStatement(token: string, version: number) {
  return call<Ok<'/api/v1/shared/{token}/confirm', 'post'>>(token, '/confirm', { version });
}

export function suggestStatement(token: string, version: number, text: string) {
  return call<Ok<'/api/v1/shared/{token}/suggest', 'post'>>(token, '/suggest', { version, text });
}

export function completeStep(token: string, stepId: string) {
  return call<Ok<'/api/v1/shared/{token}/steps/{stepId}/complete', 'post'>>(token, `/steps/${encodeURIComponent(stepId)}/complete`, {});
}

export function addComment(token: string, text: string, stepId: string | null) {
  return call<Ok<'/api/v1/shared/{token}/comments', 'post'>>(token, '/comments', stepId ? { text, stepId } : { text });
}

export function replyToRecap(token: string, input: RecapReplyInput) {
  return call<Ok<'/api/v1/shared/{token}/recap-reply', 'post'>>(token, '/recap-reply', input);
}

export function checkIn(token: string, input: CheckInInput) {
  return call<Ok<'/api/v1/shared/{token}/check-in', 'post'>>(token, '/check-in', input);
}
