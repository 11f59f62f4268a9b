/**
 * The shape of a benchmark run's results: what bench/run-bench.ts saves as raw JSON in .bench-data/
 * and what bench/report.ts writes into docs/BENCHMARKS.md.
 */
import type { BenchConfig } from './bench-config.ts';
import type { ExplainedCase } from './explain.ts';
import type { TodayPlanCheck } from './today-plan-checks.ts';
import type { GenerationReport } from './generate-firm.ts';
import type { CpuShares, machineInfo } from './machine.ts';
import type { LatencySummary } from './stats.ts';

export type PracticeEndpointName = 'today-mine' | 'today-firm' | 'reliability' | 'needs' | 'commitments';
export type EndpointName = 'timeline' | 'search' | 'list' | PracticeEndpointName | 'auth-token' | 'auth-cookie';

export interface EndpointResult {
  name: EndpointName;
  title: string;
  request: string;
  poolSize: number;
  latency: LatencySummary;
  requestsPerSecond: number;
  durationSeconds: number;
  statusCodes: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** A diagnostic baseline rather than one of the endpoints the goal is about. */
  baseline: boolean;
  rssMaxMiB: number;
  /** CPU during the measured run, in percent of the whole machine. */
  cpu: CpuShares | undefined;
  /** Other processes' share of the machine just before the run (after waiting for quiet). */
  otherCpuBeforePercent: number | undefined;
  waitedForQuietSeconds: number;
  loadAverage: number[];
  eventLoopDelayP99Ms: number;
  slowest: { path: string; count: number; meanMs: number; maxMs: number }[];
}

export interface GenerationInfo {
  generatedThisRun: boolean;
  generatedAt?: string;
  /** When the practice data was added to (or replaced in) a firm generated earlier. */
  practicesAddedAt?: string;
  report?: Omit<GenerationReport, 'firmId' | 'ownerId'>;
}

export interface TargetResult {
  kind: 'pglite' | 'postgres';
  title: string;
  version: string;
  where: string;
  poolSize?: number;
  rows: Record<string, number>;
  dataSizeMiB: number;
  openAndMigrateMs: number;
  /** How the data was brought into memory before measuring, and how long it took. */
  prewarm: { method: string; ms: number };
  generation: GenerationInfo;
  endpoints: EndpointResult[];
  /** Who asked the practice endpoints: the member with the most open items and recent conversations. */
  practiceMember?: { name: string; openFollowUps: number; openCommitments: number; recentConversations: number };
  rssAfterMiB: number;
  explained: ExplainedCase[];
  /** Whether each Today list's plan reads the index it is meant to (today-plan-checks.ts). */
  todayPlanChecks: TodayPlanCheck[];
}

export interface BenchRun {
  startedAt: string;
  /** git commit at the start of the run (and whether src/ had uncommitted changes). */
  revision: string;
  finishedAt: string;
  command: string;
  config: Omit<BenchConfig, 'postgresUrl'> & { postgresUrl?: string };
  machine: ReturnType<typeof machineInfo>;
  pgliteVersion: string;
  targets: TargetResult[];
  /** Why PostgreSQL was not measured, when it was not. */
  postgresSkipped?: string;
  failures: string[];
}
