/**
 * Writes a run into docs/BENCHMARKS.md: the "Latest run" section between its markers is replaced,
 * one line per database is added to the history table, and everything else (the hand-written
 * analysis) is left exactly as it was.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchRun, EndpointResult, TargetResult } from './bench-results.ts';
import { BENCH_TODAY } from './firm-vocabulary.ts';

const LATEST_BEGIN = '<!-- bench:latest:begin (written by npm run bench; edits here are overwritten) -->';
const LATEST_END = '<!-- bench:latest:end -->';
const HISTORY_MARK = '<!-- bench:history (npm run bench adds a row per database, newest first) -->';

/** p95 goals from the product issue. */
export const P95_GOAL_MS = { postgres: 50, pglite: 100 } as const;

const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v.toFixed(1)) : '–');
const int = (v: number) => Math.round(v).toLocaleString('en');
const secs = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;

/** The commit the code was at when the run started, and whether src/ differed from it. */
export function gitRevision(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const rev = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--', 'src', 'package.json', 'package-lock.json') !== '';
    return dirty ? `${rev} + uncommitted changes in src/` : rev;
  } catch {
    return 'unknown';
  }
}

function goalCell(t: TargetResult, e: EndpointResult): string {
  if (e.baseline) return 'diagnostic, no goal';
  const goal = P95_GOAL_MS[t.kind];
  return e.latency.p95 <= goal ? `met (≤ ${goal} ms)` : `**missed** (> ${goal} ms)`;
}

function endpointTable(t: TargetResult): string[] {
  const lines = [
    `| Endpoint | Request | p50 ms | p95 ms | p99 ms | max ms | mean ms | req/s | answers | non-2xx / errors | p95 goal |`,
    `|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|`,
  ];
  for (const e of t.endpoints) {
    lines.push(
      `| ${e.title} | \`${e.request}\` | ${ms(e.latency.p50)} | ${ms(e.latency.p95)} | ${ms(e.latency.p99)} | ${ms(e.latency.max)} | ${ms(e.latency.mean)} | ` +
        `${int(e.requestsPerSecond)} | ${int(e.latency.count)} | ${e.non2xx} / ${e.errors} | ${goalCell(t, e)} |`,
    );
  }
  return lines;
}

function resourceTable(t: TargetResult): string[] {
  const pct = (v: number | undefined) => (v === undefined ? '–' : `${Math.round(v)} %`);
  const lines = [
    '| Endpoint | max RSS (bench process) | CPU: server process | CPU: PostgreSQL backends | CPU: load client | CPU: other processes | other processes just before | event-loop delay p99 |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const e of t.endpoints) {
    lines.push(
      `| ${e.title} | ${int(e.rssMaxMiB)} MiB | ${pct(e.cpu?.server)} | ${t.kind === 'postgres' ? pct(e.cpu?.postgresBackends) : 'n/a (in-process)'} | ` +
        `${pct(e.cpu?.loadClient)} | ${pct(e.cpu?.other)} | ${pct(e.otherCpuBeforePercent)}${e.waitedForQuietSeconds > 3 ? ` (waited ${Math.round(e.waitedForQuietSeconds)} s)` : ''} | ${ms(e.eventLoopDelayP99Ms)} ms |`,
    );
  }
  lines.push('', 'CPU columns are shares of the whole machine (100 % = all cores busy) during the measured seconds, read from /proc.');
  return lines;
}

/** Long id lists make plans unreadable: keep the first id and say how many there were. */
function shortenIds(text: string): string {
  return text.replace(/'\{([0-9a-f-]{36})(,[0-9a-f-]{36})+\}'/g, (all, first: string) => `'{${first}, … ${all.split(',').length} ids}'`);
}

function shortParams(params: unknown[]): string {
  return params.length <= 4 ? JSON.stringify(params) : `${JSON.stringify(params.slice(0, 3)).slice(0, -1)}, … ${params.length} params]`;
}

function explainLines(t: TargetResult): string[] {
  if (t.explained.length === 0) return [];
  const lines = [
    '<details><summary>EXPLAIN (ANALYZE, BUFFERS) of the SQL each endpoint sends (one request, no concurrent load; auth queries not included)</summary>',
    '',
    '| Endpoint | Case | Statements | Planning + execution, all statements |',
    '|---|---|--:|--:|',
    ...t.explained.map((c) => `| ${c.endpoint} | ${c.label} | ${c.statements.length} | ${ms(c.totalExecutionMs)} ms |`),
    '',
  ];
  for (const c of t.explained) {
    // Today and reliability: every statement (one per list); otherwise the statement that dominates the case.
    const shown = c.allStatements ? c.statements : [...c.statements].sort((a, b) => b.executionMs - a.executionMs).slice(0, 1);
    shown.forEach((main, i) => {
      const sqlText = main.sql.replace(/in \((\$\d+)(, \$\d+)+\)/g, (all, first: string) => `in (${first}, … ${all.split(',').length} params)`);
      const which = c.allStatements ? `statement ${i + 1} of ${c.statements.length}` : 'its slowest statement';
      lines.push(
        `**${c.endpoint}, ${c.label}** — ${which} (${ms(main.planningMs)} ms planning + ${ms(main.executionMs)} ms execution):`,
        '',
        '```sql',
        sqlText,
        `-- params: ${shortParams(main.params)}`,
        '```',
        '',
        '```',
        shortenIds(main.plan),
        '```',
        '',
      );
    });
  }
  lines.push('</details>', '');
  return lines;
}

function planCheckLines(t: TargetResult): string[] {
  if (!t.todayPlanChecks?.length) return [];
  return [
    'Today, list by list (from the EXPLAIN ANALYZE below: does each list read the partial index it was written for?):',
    '',
    '| Case | List | Index it should read | Read? | Planning + execution | Notes |',
    '|---|---|---|---|--:|---|',
    ...t.todayPlanChecks.map((c) => `| ${c.case} | ${c.list} | \`${c.expectedIndex}\` | ${c.used ? 'yes' : '**no**'} | ${ms(c.executionMs)} ms | ${c.notes.join('; ')} |`),
    '',
  ];
}

function generationLines(t: TargetResult): string[] {
  const g = t.generation;
  if (!g.report) {
    return [`Data: reused from an earlier run; its generation time was not recorded (run with \`--fresh\` to measure it).`];
  }
  const added = g.practicesAddedAt ? `, practices added on ${g.practicesAddedAt.slice(0, 10)}` : '';
  const when = g.generatedThisRun ? 'generated in this run' : `reused, generated on ${g.generatedAt?.slice(0, 10)}${added}`;
  const lines = [
    `Generation (${when}): **${secs(g.report.totalMs)}** in total for ${int(g.report.people)} people, ${int(g.report.organizations)} organisations and ${int(g.report.conversations)} conversations, with their practices.`,
    '',
    '| Step | Rows | Time |',
    '|---|--:|--:|',
  ];
  for (const s of g.report.steps) lines.push(`| ${s.step} | ${s.rows ? int(s.rows) : ''} | ${secs(s.ms)} |`);
  return lines;
}

function targetSection(t: TargetResult): string[] {
  const rows = Object.entries(t.rows)
    .map(([table, n]) => `${table} ${int(n)}`)
    .join(', ');
  return [
    `### ${t.title}`,
    '',
    `- Version: ${t.version}`,
    `- Data: ${t.where} — ${rows}; ${int(t.dataSizeMiB)} MiB on disk`,
    ...(t.poolSize ? [`- Server connection pool: ${t.poolSize} (the product's default unless BENCH_PG_POOL was set)`] : []),
    ...(t.practiceMember
      ? [
          `- Practice endpoints asked as the busiest member, ${t.practiceMember.name} (${int(t.practiceMember.openFollowUps)} open follow-ups, ` +
            `${int(t.practiceMember.openCommitments)} open commitments, ${int(t.practiceMember.recentConversations)} conversations in the open-loop window), on ${BENCH_TODAY}`,
        ]
      : []),
    `- Open + migrate: ${secs(t.openAndMigrateMs)}; before measuring, caches were warmed in ${secs(t.prewarm.ms)}: ${t.prewarm.method}`,
    '',
    ...endpointTable(t),
    '',
    ...resourceTable(t),
    '',
    ...generationLines(t),
    '',
    ...planCheckLines(t),
    ...explainLines(t),
    '<details><summary>Slowest request paths in this run (mean over their repetitions)</summary>',
    '',
    ...t.endpoints.flatMap((e) => [
      `${e.title}:`,
      '',
      ...e.slowest.map((s) => `- \`${s.path.replace(/cursor=[^&]+/, 'cursor=…')}\` — mean ${ms(s.meanMs)} ms, max ${ms(s.maxMs)} ms over ${s.count} requests`),
      '',
    ]),
    '</details>',
    '',
  ];
}

export function renderLatest(run: BenchRun): string {
  const m = run.machine;
  const pg = run.targets.find((t) => t.kind === 'postgres');
  const lines = [
    LATEST_BEGIN,
    `## Latest run — ${run.startedAt.slice(0, 10)}`,
    '',
    `- Date: ${run.startedAt} → ${run.finishedAt} (UTC)`,
    `- Command: \`${run.command}\``,
    `- Code: ${run.revision}`,
    `- Machine: ${m.cpuModel}, ${m.cores} cores, ${m.ramGiB.toFixed(1)} GiB RAM, ${m.os}`,
    `- Node ${m.node}; PGlite ${run.pgliteVersion}; PostgreSQL server: ${pg ? pg.version : `not measured (${run.postgresSkipped})`}`,
    `- Load: autocannon 8 in a separate process on loopback, ${run.config.connections} connections, ${run.config.seconds} s per endpoint after a ${run.config.warmupSeconds} s warm-up; ` +
      'Bearer-token auth; each request picks a random path from a pool (1,000 people for timelines, 500 name fragments for search, ' +
      '750 cursors + first pages for the list; Today and reliability: the one request the page sends, on the bench\'s today; open needs and open ' +
      'commitments: 750 cursors + 250 first pages of 30). Percentiles are exact (nearest rank over every 2xx latency), not histogram buckets.',
    '',
  ];
  for (const t of run.targets) lines.push(...targetSection(t));
  if (!pg) {
    lines.push(
      '### PostgreSQL server',
      '',
      `Not measured in this run (${run.postgresSkipped}). To include it, point the bench at a dedicated database:`,
      '',
      '```sh',
      'createdb -h 127.0.0.1 -U postgres yellowpad_bench',
      'BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/yellowpad_bench npm run bench',
      '```',
      '',
    );
  }
  lines.push(LATEST_END);
  return lines.join('\n');
}

function historyRows(run: BenchRun): string[] {
  return run.targets.map((t) => {
    const p95 = (name: string) => {
      const e = t.endpoints.find((x) => x.name === name);
      return e ? ms(e.latency.p95) : '–';
    };
    const gen = t.generation.report && t.generation.generatedThisRun ? secs(t.generation.report.totalMs) : 'reused';
    const others = Math.max(0, ...t.endpoints.map((e) => e.cpu?.other ?? 0));
    return (
      `| ${run.startedAt.slice(0, 16).replace('T', ' ')} | ${t.title} | ${int(t.rows.people ?? 0)} / ${int(t.rows.conversations ?? 0)} | ` +
      `${p95('timeline')} | ${p95('search')} | ${p95('list')} | ${gen} | ${run.revision} | ${Math.round(others)} % | ${run.machine.cores} × ${run.machine.cpuModel} | ` +
      `${PRACTICE_COLUMNS.map(p95).join(' / ')} |`
    );
  });
}

/** The practice endpoints in the history's last column, in this order. */
const PRACTICE_COLUMNS = ['today-mine', 'today-firm', 'reliability', 'needs', 'commitments'];

const TEMPLATE = `# Benchmarks

How fast Yellowpad answers the reads people do all day — a person's timeline, people search and the
people list — on a large firm (100,000 people, 1,000,000 conversations), with 16 clients at once.

Goal: **p95 ≤ 50 ms on a PostgreSQL server, ≤ 100 ms on embedded PGlite.**

## Running it

\`\`\`sh
npm run bench                                   # PGlite only
BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/yellowpad_bench npm run bench   # PGlite and PostgreSQL
\`\`\`

${LATEST_BEGIN}
${LATEST_END}

## History

${HISTORY_MARK}
| Date (UTC) | Database | People / conversations | Timeline p95 ms | Search p95 ms | List p95 ms | Generation | Code | Other processes' CPU (max) | Machine | Today mine / Today firm / reliability / needs / commitments p95 ms |
|---|---|---|--:|--:|--:|--:|---|--:|---|---|
`;

export function writeReport(path: string, run: BenchRun): void {
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : TEMPLATE;
  const begin = doc.indexOf(LATEST_BEGIN);
  const end = doc.indexOf(LATEST_END);
  if (begin < 0 || end < begin) throw new Error(`${path} lacks the bench:latest markers; restore them or delete the file to start again.`);
  doc = doc.slice(0, begin) + renderLatest(run) + doc.slice(end + LATEST_END.length);
  const mark = doc.indexOf(HISTORY_MARK);
  if (mark < 0) throw new Error(`${path} lacks the bench:history marker.`);
  // The history table's header and separator follow the marker; new rows go right under them.
  const afterMark = doc.indexOf('\n', mark) + 1;
  const header = doc.indexOf('\n', afterMark) + 1;
  const separator = doc.indexOf('\n', header) + 1;
  doc = doc.slice(0, separator) + historyRows(run).map((r) => `${r}\n`).join('') + doc.slice(separator);
  writeFileSync(path, doc);
}
