// What one request of each kind costs the server: CPU ms per request (from /proc, so other work on the machine does
// not inflate it), throughput and latency at a small fixed concurrency. The capacity of one server process follows:
// about 1000 / (CPU ms per request) requests per second per core it gets.
//   node --import tsx scripts/bench/cost.ts [--db pglite|pg] [--n 400] [--concurrency 4] [--no-build] [--port 3400]
//   (--db pg runs itself inside scripts/with-postgres.sh, like run.ts); --only REGEX measures only matching kinds
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { num, parseArgs, str } from './lib/args';
import { waitQuiet } from './lib/cpu';
import { timedFetch } from './lib/http';
import { appendJson, percentile, round, table } from './lib/report';
import { publicQuizIn } from '../../test/page-ids';
import { answersFor, inPageOf, loadQuiz, quizItems, seeded } from './lib/responses';
import { assertBuilt, build, gitRevision, machine, removePgliteDir, ROOT, startServer, type RunningServer } from './lib/server';
import { createClassroom } from './lib/setup';
import { Recorder, runStudent, type StudentOutcome } from './lib/student';

const argv = process.argv.slice(2);
const args = parseArgs(argv);
const opts = {
  db: str(args, 'db', 'pglite'),
  n: num(args, 'n', 400),
  concurrency: num(args, 'concurrency', 4),
  port: num(args, 'port', 3400),
  build: !args.has('no-build'),
  write: !args.has('no-write'),
  only: args.has('only') ? new RegExp(str(args, 'only', '.')) : null,
};
const log = (...a: unknown[]) => console.error('[cost]', ...a);

if (opts.db === 'pg' && !process.env.DATABASE_URL) {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/with-postgres.sh'), process.execPath, '--import', 'tsx', __filename, ...argv], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PG_PORT: process.env.BENCH_PG_PORT ?? '54339' },
  });
  process.exit(r.status ?? 1);
}

function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
}

async function measure(server: RunningServer, name: string, make: (i: number) => Promise<{ status: number; ms: number }>) {
  if (opts.only && !opts.only.test(name)) return null;
  // warm-up, then the measured requests
  for (let i = 0; i < 10; i++) await make(-1 - i);
  const lat: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const c0 = cpuMs(server.pid);
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (next < opts.n) {
        const i = next++;
        const r = await make(i);
        lat.push(r.ms);
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      }
    }),
  );
  const wall = performance.now() - t0;
  const cpu = cpuMs(server.pid) - c0;
  lat.sort((a, b) => a - b);
  const row = {
    name,
    cpuMsPerRequest: round(cpu / opts.n, 2),
    requestsPerS: round((opts.n * 1000) / wall, 0),
    p50: round(percentile(lat, 50), 1),
    p95: round(percentile(lat, 95), 1),
    statuses,
  };
  log(`${name}: ${row.cpuMsPerRequest} CPU ms/request, ${row.requestsPerS}/s, p50 ${row.p50} ms`);
  return row;
}

async function main(): Promise<void> {
  const databaseUrl = opts.db === 'pg' ? process.env.DATABASE_URL : undefined;
  if (opts.build) build();
  else assertBuilt();
  const pgliteDir = databaseUrl ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'cc-cost-pglite-'));
  const server = await startServer({ port: opts.port, ...(databaseUrl ? { databaseUrl } : { pgliteDir }), name: 'server' });
  try {
    const origin = server.origin;
    const room = await createClassroom(origin, { mode: 'submit' });
    const quiz = loadQuiz('paktika-practice');
    const items = quizItems(quiz);
    // 60 students who joined and started (their cookies and attempts), 20 of whom handed in
    const rec = new Recorder(performance.now());
    const controller = new AbortController();
    const joined: StudentOutcome[] = [];
    const cookies: string[] = [];
    for (let i = 0; i < 60; i++) {
      const answers = i < 20 ? answersFor(items, seeded(i)) : [];
      const out = await runStudent(
        {
          index: i,
          origin,
          code: room.code,
          answers,
          thinkMs: [0, 0],
          resendRate: 0,
          retries: 0,
          address: `198.18.50.${i + 1}`,
          rand: seeded(100 + i),
          deadline: performance.now() + 60_000,
          signal: controller.signal,
          stopAfterStart: i >= 20,
          onCookie: (c) => cookies.push(c),
        },
        rec,
      );
      joined.push(out);
    }
    const active = joined.slice(20).map((s, k) => ({ attemptId: s.attemptId as string, cookie: cookies[20 + k] as string }));
    const done = joined.slice(0, 20).map((_, k) => cookies[k] as string);
    if (active.some((a) => !a.attemptId || !a.cookie)) throw new Error('setup: a student has no attempt or cookie');
    // in the ids the server gives this quiz's parts (the same on the practice page and in an assignment)
    const practicePage = await timedFetch(`${origin}/quiz/${quiz.id}/play`);
    const pool = inPageOf(publicQuizIn(practicePage.body), answersFor(items, seeded(999)));
    const practiceItem = pool[0] as (typeof pool)[number];
    let seq = 1000;

    await waitQuiet(120_000, 0.2, (m) => log(m));
    const rows = [];
    rows.push(
      await measure(server, 'static asset (/favicon.ico)', () => timedFetch(`${origin}/favicon.ico`)),
      await measure(server, 'practice answer (route handler, no database)', () =>
        timedFetch(`${origin}/api/practice/${quiz.id}/items/${practiceItem.itemId}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify(practiceItem.answer),
        }),
      ),
      await measure(server, 'answer save (assignment)', (i) => {
        const s = active[Math.abs(i) % active.length] as { attemptId: string; cookie: string };
        const a = pool[Math.floor(Math.abs(i) / active.length) % pool.length] as (typeof pool)[number];
        return timedFetch(`${origin}/api/attempts/${s.attemptId}/items/${a.itemId}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin, cookie: s.cookie },
          body: JSON.stringify({ ...a.answer, clientSeq: ++seq }),
        });
      }),
      await measure(server, 'landing page (/)', () => timedFetch(`${origin}/`)),
      await measure(server, 'join page (/join/CODE)', () => timedFetch(`${origin}/join/${room.code}`)),
      await measure(server, 'assignment page, resume (/a/ID)', (i) => {
        const s = active[Math.abs(i) % active.length] as { cookie: string };
        return timedFetch(`${origin}/a/${room.assignmentId}`, { headers: { cookie: s.cookie } });
      }),
      await measure(server, 'results page after hand-in (/a/ID/results)', (i) =>
        timedFetch(`${origin}/a/${room.assignmentId}/results`, { headers: { cookie: done[Math.abs(i) % done.length] as string } }),
      ),
      await measure(server, 'practice question page (/quiz/ID/play)', () => timedFetch(`${origin}/quiz/${quiz.id}/play`)),
    );
    const measured = rows.filter((r): r is NonNullable<typeof r> => r !== null);
    const md = table(
      ['request', 'server CPU ms / request', 'requests/s at concurrency ' + opts.concurrency, 'p50 ms', 'p95 ms', 'statuses'],
      measured.map((r) => [r.name, r.cpuMsPerRequest, r.requestsPerS, r.p50, r.p95, Object.entries(r.statuses).map(([k, v]) => `${k}×${v}`).join(' ')]),
    );
    console.log(`\nServer cost per request, ${databaseUrl ? 'PostgreSQL' : 'embedded (PGlite)'} (${opts.n} requests each):\n\n${md}\n`);
    if (opts.write) {
      appendJson('benchmarks-cost.json', {
        kind: 'cost',
        date: new Date().toISOString(),
        git: gitRevision(),
        machine: machine(),
        db: databaseUrl ? 'postgres' : 'pglite',
        n: opts.n,
        concurrency: opts.concurrency,
        rows: measured,
      });
    }
  } finally {
    await server.stop();
    if (pgliteDir) removePgliteDir(pgliteDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
