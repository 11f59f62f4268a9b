/**
 * Calls the app in-process (no sockets) as a logged-in member would: the session cookie and the CSRF
 * token ride along on every request.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export class ApiClient {
  constructor(
    readonly app: FastifyInstance,
    private readonly auth: { cookie?: string; csrfToken?: string; bearer?: string } = {},
  ) {}

  request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.auth.cookie) h.cookie = this.auth.cookie;
    if (this.auth.csrfToken && method !== 'GET') h['x-csrf-token'] = this.auth.csrfToken;
    if (this.auth.bearer) h.authorization = `Bearer ${this.auth.bearer}`;
    return this.app.inject({ method, url, headers: h, ...(body === undefined ? {} : { payload: body as object }) });
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

export interface SignedUp {
  client: ApiClient;
  firm: { id: string; name: string; slug: string };
  member: { id: string; name: string; email: string; role: string };
  csrfToken: string;
  email: string;
  password: string;
}

/** Signs up a brand-new firm (unique names and emails), returning a client logged in as its owner. */
export async function signUpFirm(app: FastifyInstance, overrides: Partial<{ firmName: string; name: string; email: string; password: string }> = {}): Promise<SignedUp> {
  const tag = randomUUID().slice(0, 8);
  const input = {
    firmName: `Firm ${tag}`,
    name: `Owner ${tag}`,
    email: `owner-${tag}@example.test`,
    password: 'correct horse battery staple',
    ...overrides,
  };
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: input });
  if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
  const body = res.json();
  const cookie = sessionCookieFrom(res);
  return {
    client: new ApiClient(app, { cookie, csrfToken: body.csrfToken }),
    firm: body.firm,
    member: body.member,
    csrfToken: body.csrfToken,
    email: input.email,
    password: input.password,
  };
}

export function sessionCookieFrom(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'yp_session');
  if (!cookie) throw new Error('no session cookie was set');
  return `yp_session=${cookie.value}`;
}
