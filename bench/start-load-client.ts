/**
 * Starts the load generator (bench/load-client.ts) as a child process, so autocannon never shares an
 * event loop or a CPU budget with the server it measures, and talks to it over IPC.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { root } from './bench-config.ts';
import type { LoadJob, LoadOutcome } from './load-client.ts';

/** The load generator child process. */
export interface LoadClient {
  pid: number | undefined;
  run(job: LoadJob): Promise<LoadOutcome>;
  stop(): void;
}

/** Forks the load generator and waits until it is ready to take jobs. */
export async function startLoadClient(): Promise<LoadClient> {
  const child: ChildProcess = fork(join(root, 'bin/run-ts.js'), [join(root, 'bench/load-client.ts')], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((res, rej) => {
    child.once('message', () => res());
    child.once('exit', (code) => rej(new Error(`The load client exited (code ${code}) before it was ready`)));
  });
  return {
    pid: child.pid,
    run: (job) =>
      new Promise((res, rej) => {
        const onExit = (code: number | null) => rej(new Error(`The load client exited (code ${code}) during a run`));
        child.once('exit', onExit);
        child.once('message', (msg: { ok: boolean; outcome?: LoadOutcome; error?: string }) => {
          child.off('exit', onExit);
          if (msg.ok) res(msg.outcome!);
          else rej(new Error(`Load client failed: ${msg.error}`));
        });
        child.send(job);
      }),
    stop: () => {
      child.disconnect();
      child.kill();
    },
  };
}
