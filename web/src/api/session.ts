/** Who is logged in: the session query, and the calls that start or end a session. */
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from './client.ts';
import { ApiError } from './errors.ts';
import type { Body, Session } from './types.ts';

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async (): Promise<Session | null> => {
    let res: Response;
    try {
      res = await fetch('/api/v1/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch {
      throw ApiError.network();
    }
    if (res.status === 401) {
      setCsrfToken(null);
      return null;
    }
    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) throw ApiError.from(res.status, body);
    const session = body as Session;
    setCsrfToken(session.csrfToken);
    return session;
  },
  staleTime: Infinity,
});

export const metaQuery = queryOptions({
  queryKey: ['meta'],
  queryFn: () => unwrap(api.GET('/api/v1/meta')),
  staleTime: Infinity,
});

/** The logged-in session; only call inside the authenticated part of the app. */
export function useSession(): Session {
  const { data } = useQuery(sessionQuery);
  if (!data) throw new Error('useSession needs a logged-in member');
  return data;
}

/** Starts using a session the server just returned: remember the CSRF token, forget the previous firm's data. */
export function adoptSession(queryClient: QueryClient, session: Session) {
  setCsrfToken(session.csrfToken);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'meta' });
  queryClient.setQueryData(sessionQuery.queryKey, session);
}

export function forgetSession(queryClient: QueryClient) {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'meta' });
  queryClient.setQueryData(sessionQuery.queryKey, null);
}

function useSessionMutation<V>(start: (input: V) => Promise<Session>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: start, onSuccess: (session) => adoptSession(queryClient, session) });
}

export const useLogin = () =>
  useSessionMutation((body: Body<'/api/v1/auth/login', 'post'>) => unwrap(api.POST('/api/v1/auth/login', { body })));

export const useSignup = () =>
  useSessionMutation((body: Body<'/api/v1/auth/signup', 'post'>) => unwrap(api.POST('/api/v1/auth/signup', { body })));

export const useAcceptInvitation = () =>
  useSessionMutation((body: Body<'/api/v1/invitations/accept', 'post'>) => unwrap(api.POST('/api/v1/invitations/accept', { body })));

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSettled: () => forgetSession(queryClient),
  });
}

/** Creates the demo firm (takes a few seconds) and logs in to it. */
export const useStartDemo = () => useSessionMutation(() => unwrap(api.POST('/api/v1/demo')));
