/**
 * Builds the web app (web/src) into web/dist, which the server serves at `/`. In development the Vite
 * server proxies /api to a running Yellowpad (YELLOWPAD_API_URL, default http://127.0.0.1:3001).
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Strict CSP (script-src 'self'): no inlined modules or data: scripts.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': { target: process.env.YELLOWPAD_API_URL ?? 'http://127.0.0.1:3001', changeOrigin: true },
      // Calendar feeds are served by the API server outside /api (decision 017).
      '/calendar': { target: process.env.YELLOWPAD_API_URL ?? 'http://127.0.0.1:3001', changeOrigin: true },
    },
  },
});
