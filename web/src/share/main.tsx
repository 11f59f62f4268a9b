/**
 * Entry of the client's page (share.html, served at /s/{token}): a page of its own, so a client never
 * downloads the professional app — no router, no session, no query cache; its own styles.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SharePage } from './SharePage.tsx';
import './share.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SharePage />
  </StrictMode>,
);
