/**
 * The digest scheduler: runs the job only from the digest hour, never two runs at once in one server, logs
 * failures, and stop() waits for a run in progress and ends the ticking.
 */
import { describe, expect, it } from 'vitest';
import { startDigestScheduler, type DigestJob } from '../../src/email/digest-scheduler.ts';
import type { DigestRunResult } from '../../src/domain/email/send-daily-digests.ts';

function setUp(at: string) {
  let now = new Date(at);
  const logged: string[] = [];
  const log = { info: (_: unknown, msg: string) => logged.push(`info ${msg}`), warn: (_: unknown, msg: string) => logged.push(`warn ${msg}`), error: (_: unknown, msg: string) => logged.push(`error ${msg}`) };
  let runs = 0;
  let release: (r: DigestRunResult) => void = () => {};
  const job: DigestJob = () => {
    runs += 1;
    return new Promise((resolve) => (release = resolve));
  };
  const scheduler = startDigestScheduler({ job, digestHour: 7, log, clock: () => now, everyMs: 60_000 });
  return { scheduler, logged, runs: () => runs, release: (r: DigestRunResult) => release(r), set: (iso: string) => (now = new Date(iso)) };
}

describe('the digest scheduler', () => {
  it('runs from the digest hour, one run at a time, and logs what it did', async () => {
    const s = setUp('2026-03-10T06:59:00Z');
    await s.scheduler.tick();
    expect(s.runs()).toBe(0);
    s.set('2026-03-10T07:00:00Z');
    const first = s.scheduler.tick();
    const second = s.scheduler.tick();
    expect(s.runs()).toBe(1);
    s.release({ sent: 2, empty: 1, failed: [{ memberId: 'm1', error: 'Mailbox busy' }] });
    await Promise.all([first, second]);
    expect(s.logged).toEqual(['info daily digests', 'warn daily digest not sent; a later run retries']);
    await s.scheduler.stop();
  });

  it('stop() waits for the run in progress, and no run starts after it', async () => {
    const s = setUp('2026-03-10T09:00:00Z');
    void s.scheduler.tick();
    let stopped = false;
    const stopping = s.scheduler.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(stopped).toBe(false);
    s.release({ sent: 0, empty: 0, failed: [] });
    await stopping;
    await s.scheduler.tick();
    expect(s.runs()).toBe(1);
    expect(s.logged).toEqual([]);
  });
});
