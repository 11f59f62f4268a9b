/** `yellowpad dev`: the API on port 3001 and Vite with hot reload on 3000, proxying /api to it. */
import { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../server/start-server.ts';
import { envWith } from '../options.ts';

export function devCommand(): Command {
  return new Command('dev').description('development mode: hot-reloading web app on :3000, API on :3001').action(async () => {
    const env = envWith({});
    const api = await startServer({ ...env, PORT: env.PORT + 1 }, { serveWeb: false, installSignalHandlers: true });
    process.env.YELLOWPAD_API_URL = api.url;
    const { createServer } = await import('vite');
    const vite = await createServer({
      configFile: fileURLToPath(new URL('../../../web/vite.config.ts', import.meta.url)),
      server: { port: env.PORT, host: env.HOST },
    });
    await vite.listen();
    vite.printUrls();
  });
}
