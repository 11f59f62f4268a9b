/**
 * Builds the web app (web/src) into web/dist, which the server serves at `/`, and the client's page
 * (share.html, web/src/share) as a second entry the server serves at /s/{token}, so a client never
 * downloads the professional app. In development the Vite server proxies /api to a running Yellowpad
 * (YELLOWPAD_API_URL, default http://127.0.0.1:3001) and answers /s/{token} with share.html.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** In development, /s/{token} opens the client's page, as the server does in production. */
const sharePageInDev: Plugin = {
  name: 'yellowpad-share-page-in-dev',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url && /^\/s\/[^/?#]+\/?(?:[?#].*)?$/.test(req.url)) req.url = '/share.html';
      next();
    });
  },
};

export default defineConfig({
  root,
  plugins: [react(), sharePageInDev],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Strict CSP (script-src 'self'): no inlined modules or data: scripts.
    assetsInlineLimit: 0,
    sourcemap: false,
    // Read by the bench (bench/web/first-load.ts) to tell what the first page downloads.
    manifest: true,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        share: fileURLToPath(new URL('./share.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: process.env.YELLOWPAD_API_URL ?? 'http://127.0.0.1:3001', changeOrigin: true },
      // Calendar feeds are served by the API server outside /api (decision 017).
      '/calendar': { target: process.env.YELLOWPAD_API_URL ?? 'http://127.0.0.1:3001', changeOrigin: true },
    },
  },
});
