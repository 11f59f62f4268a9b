/**
 * An exclusive lock on the embedded database's data directory. PGlite does not lock it itself, and two
 * processes writing one directory lose commits silently, so every process that opens it takes this lock.
 */
import lockfile from 'proper-lockfile';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError } from '../domain/errors.ts';

const HOLDER_FILE = 'yellowpad-lock-holder.json';

interface Holder {
  pid: number;
  /** The machine the holder runs on: only there can a dead process be told from a live one. */
  host?: string;
  purpose: string;
  since: string;
  url?: string;
}

export interface DataDirLock {
  release(): Promise<void>;
  /** Records where the holding server listens, so a refused CLI command can point at it. */
  describe(extra: Partial<Holder>): void;
}

/** Reads who holds the lock, if anyone says so. */
export function readLockHolder(dataDir: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(join(resolve(dataDir), HOLDER_FILE), 'utf8')) as Holder;
  } catch {
    return undefined;
  }
}

/** Takes the lock or throws `data_dir_locked` saying which process holds it and what to do instead. */
export async function lockDataDir(dataDir: string, purpose: string, whatToDoInstead?: string, retried = false): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  let releaseLock: () => Promise<void>;
  try {
    releaseLock = await lockfile.lock(dir, {
      lockfilePath: join(dir, 'yellowpad.lock'),
      stale: 15_000,
      update: 5_000,
      realpath: false,
      onCompromised: (err) => {
        // Another process took the directory from under us: stop before PGlite loses data.
        console.error(`Yellowpad lost the lock on ${dir}: ${err.message}. Stopping to protect the data.`);
        process.exit(70);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    const holder = readLockHolder(dir);
    if (holder && holderIsGone(holder) && !retried) {
      // A process killed outright (kill -9, power cut) leaves its lock behind: it holds nothing any more.
      // proper-lockfile's lock is a directory, and unlock() only releases this process's own locks.
      rmSync(join(dir, 'yellowpad.lock'), { recursive: true, force: true });
      return lockDataDir(dataDir, purpose, whatToDoInstead, true);
    }
    const who = holder ? `${holder.purpose} (pid ${holder.pid}${holder.url ? `, ${holder.url}` : ''})` : 'another Yellowpad process';
    throw new AppError(
      'data_dir_locked',
      `The data directory ${dir} is in use by ${who}. ` +
        `Only one process may open the embedded database at a time (two would lose data). ${
          whatToDoInstead ?? 'Stop that process first, then run this again.'
        }`,
      { holder },
    );
  }
  const holder: Holder = { pid: process.pid, host: hostname(), purpose, since: new Date().toISOString() };
  writeFileSync(join(dir, HOLDER_FILE), JSON.stringify(holder));
  return {
    describe(extra) {
      writeFileSync(join(dir, HOLDER_FILE), JSON.stringify({ ...holder, ...extra }));
    },
    async release() {
      rmSync(join(dir, HOLDER_FILE), { force: true });
      await releaseLock();
    },
  };
}

/** True when the holder ran on this machine and its process no longer exists. */
export function holderIsGone(holder: Holder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
