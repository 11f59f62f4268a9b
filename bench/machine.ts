/** What the benchmark ran on, read from the machine itself (never typed in by hand). */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  ramGiB: number;
  node: string;
  os: string;
}

function cpuModelFromProc(): string | undefined {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':').slice(1).join(':').trim();
  } catch {
    return undefined;
  }
}

export function machineInfo(): MachineInfo {
  return {
    cpuModel: cpuModelFromProc() ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism?.() ?? os.cpus().length,
    ramGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
  };
}

/** Whole-machine CPU busy time between two readings of /proc/stat (all cores, all processes). */
export function readCpuTimes(): { busy: number; total: number } | undefined {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
    const total = cpu.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

export interface ProcessCpu {
  /** CPU ticks (USER_HZ) per process id, with each process's command line. */
  ticks: Map<number, { ticks: number; cmd: string }>;
  machine: { busy: number; total: number } | undefined;
}

/** Reads every process's CPU time from /proc (Linux); empty elsewhere. */
export function readProcessCpu(): ProcessCpu {
  const ticks = new Map<number, { ticks: number; cmd: string }>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    // not Linux
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces) start at state: utime is the 12th, stime the 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = Number(fields[11]) + Number(fields[12]);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      ticks.set(Number(pid), { ticks: cpu, cmd });
    } catch {
      // the process ended meanwhile
    }
  }
  return { ticks, machine: readCpuTimes() };
}

export interface CpuShares {
  /** Percent of the whole machine (all cores) over the interval. */
  server: number;
  loadClient: number;
  postgresBackends: number;
  other: number;
  total: number;
}

/**
 * Splits the machine's CPU use between the bench's server process, its load client, the PostgreSQL
 * backends serving the bench database, and everything else (other people's work on a shared machine).
 */
export function cpuShares(before: ProcessCpu, after: ProcessCpu, ids: { server: number; loadClient?: number; postgresDb?: string }): CpuShares | undefined {
  if (!before.machine || !after.machine) return undefined;
  const capacity = after.machine.total - before.machine.total;
  if (capacity <= 0) return undefined;
  const delta = (pid: number) => (after.ticks.get(pid)?.ticks ?? 0) - (before.ticks.get(pid)?.ticks ?? 0);
  let pgTicks = 0;
  if (ids.postgresDb) {
    for (const [pid, p] of after.ticks) {
      if (p.cmd.startsWith('postgres: ') && p.cmd.split(' ').includes(ids.postgresDb)) pgTicks += p.ticks - (before.ticks.get(pid)?.ticks ?? 0);
    }
  }
  const pct = (t: number) => (t / capacity) * 100;
  const total = pct(after.machine.busy - before.machine.busy);
  const server = pct(delta(ids.server));
  const loadClient = ids.loadClient ? pct(delta(ids.loadClient)) : 0;
  const postgresBackends = pct(pgTicks);
  return { server, loadClient, postgresBackends, other: Math.max(0, total - server - loadClient - postgresBackends), total };
}
