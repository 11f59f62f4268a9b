/**
 * `npm start`'s own cost: from launching `yellowpad serve` on a built checkout to its first answered
 * request, on an empty data directory (migrations included) and again on the directory it left.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StartTimes {
  freshMs: number;
  againMs: number;
}

async function startOnce(root: string, dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const server = spawn(process.execPath, ['bin/yellowpad.js', 'serve', '--port', String(port), '--data-dir', dataDir], { cwd: root, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  try {
    for (;;) {
      if (performance.now() - started > 60_000) throw new Error('yellowpad serve did not answer within 60 s');
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
        if (res.ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (server.exitCode !== null) throw new Error(`yellowpad serve exited with ${server.exitCode} before answering`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
}

export async function measureStart(root: string): Promise<StartTimes> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yellowpad-start-'));
  try {
    const port = 3900 + Math.floor(Math.random() * 90);
    const freshMs = await startOnce(root, join(dataDir, 'data'), port);
    const againMs = await startOnce(root, join(dataDir, 'data'), port);
    return { freshMs: Math.round(freshMs), againMs: Math.round(againMs) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
