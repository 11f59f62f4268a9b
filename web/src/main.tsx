/** Entry point: the query cache, the router, and what happens when the session ends mid-use. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setSessionLostHandler } from './api/client.ts';
import { ApiError } from './api/errors.ts';
import { forgetSession } from './api/session.ts';
import { warmPages } from './lib/lazy-page.ts';
import { makeRouter } from './router.tsx';
import './styles/base.css';
import './styles/buttons.css';
import './styles/layout.css';
import './styles/auth.css';
import './styles/forms.css';
import './styles/choices.css';
import './styles/picker.css';
import './styles/pad.css';
import './styles/content.css';
import './styles/cards.css';
import './styles/tabs.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not change by asking again; network trouble might.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

const router = makeRouter(queryClient);

// The session ended (expired, or logged out elsewhere): the app shell then sends the member to log in.
setSessionLostHandler(() => forgetSession(queryClient));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);

// The first page is up (or on its way): fetch the others' chunks while the browser is idle.
warmPages();
