/**
 * A job the server runs every few minutes (the daily digests, the client-activity emails): one run at a
 * time, errors logged instead of thrown, a timer that never keeps the process alive, and stop() waiting for
 * a run in progress so the database can close after it. What a run does — and whether a tick is due — is
 * the caller's; the jobs' own claims make repeated runs, and other servers doing the same, harmless.
 */

/** The few pino methods the jobs log with. */
type LogMethod = (details: object, message: string) => void;
export interface SchedulerLog {
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
}

export interface PeriodicJobOptions {
  /** One run; its failures are logged with `name`, and the next tick tries again. */
  run: () => Promise<void>;
  /** Whether a tick should run now (default: always). */
  due?: () => boolean;
  name: string;
  log: SchedulerLog;
  everyMs: number;
  /** Delay of the first tick after start. */
  firstMs?: number;
}

export interface PeriodicJob {
  /** Runs the job now if it is due (what each tick does); resolves when the run ends. */
  tick(): Promise<void>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

export function startPeriodicJob(options: PeriodicJobOptions): PeriodicJob {
  let running: Promise<void> | null = null;
  let stopped = false;

  async function run() {
    try {
      await options.run();
    } catch (err) {
      options.log.error({ err }, `${options.name} run failed`);
    }
  }

  function tick(): Promise<void> {
    if (stopped || (options.due && !options.due())) return running ?? Promise.resolve();
    running ??= run().finally(() => (running = null));
    return running;
  }

  const timer = setInterval(() => void tick(), options.everyMs);
  timer.unref();
  const first = setTimeout(() => void tick(), options.firstMs ?? 1_000);
  first.unref();

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
