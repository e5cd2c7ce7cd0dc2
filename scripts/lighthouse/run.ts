// npm run lighthouse -- [options]: Lighthouse (mobile defaults: Moto G Power, simulated slow 4G, 4× CPU slowdown)
// on the pages a student and a teacher open, against a production build with demo data, using Debian's Chromium.
//
// Builds (unless --no-build) into .next-bench, starts the server on 127.0.0.1 with a fresh embedded database, makes
// a teacher, class and assignment and a class of students who handed in (through the app's HTTP endpoints), then
// runs Lighthouse N times per page in a fresh browser each time and keeps the median. The practice results page is
// measured with answers put in localStorage before the page's own scripts run; signed-in pages get their cookie.
//
//   --runs N         runs per page (default 3; 1 when --pages is given)
//   --pages a,b      some of: landing,intro,question,results,join,assignment,teacher (default: all)
//   --port P         (default 3400)   --no-build   --class-size N students who hand in (default 24)
//   --no-write       do not append to docs/ (the default when only some pages are run; --write forces it)
//   --wait-quiet-s S wait up to S s before each page for other work on the machine to stop (default 120)
//   --dump-dir DIR   also write each run's full Lighthouse report (JSON) there
//   --transfer-budget-kib N   the question page's transfer budget (default 150)
// Exits non-zero when a student page misses a budget: performance >= 95, accessibility 100, best practices 100,
// TBT <= 150 ms, CLS <= 0.02, and the question page's total transfer <= 150 KiB.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { num, parseArgs, str } from '../bench/lib/args';
import { waitQuiet } from '../bench/lib/cpu';
import { CookieJar, findForm, formBody, timedFetch } from '../bench/lib/http';
import { appendJson, appendMarkdown, median, round, stamp, table } from '../bench/lib/report';
import { answersFor, loadQuiz, quizItems, seeded } from '../bench/lib/responses';
import { assertBuilt, build, gitRevision, machine, removePgliteDir, startServer, type RunningServer } from '../bench/lib/server';
import { createClassroom, type Classroom } from '../bench/lib/setup';
import { Recorder, runStudent } from '../bench/lib/student';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const QUIZ = 'paktika-practice';
const ALL_PAGES = ['landing', 'intro', 'question', 'results', 'join', 'assignment', 'teacher'] as const;
type PageName = (typeof ALL_PAGES)[number];

const args = parseArgs(process.argv.slice(2));
const pageList = args.has('pages') ? str(args, 'pages', '').split(',').map((p) => p.trim()) : [...ALL_PAGES];
for (const p of pageList) if (!(ALL_PAGES as readonly string[]).includes(p)) throw new Error(`unknown page "${p}": use ${ALL_PAGES.join(',')}`);
const opts = {
  pages: pageList as PageName[],
  runs: num(args, 'runs', args.has('pages') ? 1 : 3),
  port: num(args, 'port', 3400),
  build: !args.has('no-build'),
  classSize: num(args, 'class-size', 24),
  write: args.has('write') || (!args.has('no-write') && !args.has('pages')),
  waitQuietS: num(args, 'wait-quiet-s', 120),
  dumpDir: args.has('dump-dir') ? path.resolve(str(args, 'dump-dir', '')) : null,
  transferBudgetKiB: num(args, 'transfer-budget-kib', 150),
};

const log = (...a: unknown[]) => console.error('[lighthouse]', ...a);

interface PageSpec {
  name: PageName;
  title: string;
  path: string;
  student: boolean;
  cookie?: string;
  localStorage?: Record<string, string>;
}

interface RunSummary {
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number; tti: number; ttfb: number };
  bytes: { total: number; script: number; stylesheet: number; document: number; font: number; image: number; other: number; requests: number };
  mainThreadMs: number;
  bootupMs: number;
  unusedJsBytes: number;
  domSize: number;
  benchmarkIndex: number | null;
  failing: { category: string; id: string; title: string }[];
  scripts: { url: string; transferBytes: number; resourceBytes: number }[];
  finalUrl: string;
  runtimeError?: string;
}

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<
    string,
    { id: string; title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; details?: { items?: Record<string, unknown>[] } }
  >;
  environment?: { benchmarkIndex?: number };
  finalDisplayedUrl?: string;
  runtimeError?: { code: string; message: string };
};

function summarize(lhr: Lhr): RunSummary {
  const a = (id: string) => lhr.audits[id];
  const nv = (id: string) => a(id)?.numericValue ?? NaN;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const byType = new Map<string, { transferSize: number; requestCount: number }>();
  for (const item of a('resource-summary')?.details?.items ?? []) {
    byType.set(String(item.resourceType), { transferSize: Number(item.transferSize ?? 0), requestCount: Number(item.requestCount ?? 0) });
  }
  const tb = (t: string) => byType.get(t)?.transferSize ?? 0;
  const failing: RunSummary['failing'] = [];
  for (const cat of ['accessibility', 'best-practices', 'seo', 'performance'] as const) {
    for (const ref of lhr.categories[cat]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      if (cat === 'performance' && audit.scoreDisplayMode !== 'metricSavings') continue; // metrics are reported as numbers
      if (audit.score < (cat === 'performance' ? 0.9 : 1)) failing.push({ category: cat, id: audit.id, title: audit.title });
    }
  }
  const scripts = (a('network-requests')?.details?.items ?? [])
    .filter((r) => r.resourceType === 'Script')
    .map((r) => ({ url: String(r.url).replace(/^https?:\/\/[^/]+/, ''), transferBytes: Number(r.transferSize ?? 0), resourceBytes: Number(r.resourceSize ?? 0) }))
    .sort((x, y) => y.transferBytes - x.transferBytes);
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
    metrics: {
      fcp: nv('first-contentful-paint'),
      lcp: nv('largest-contentful-paint'),
      tbt: nv('total-blocking-time'),
      cls: nv('cumulative-layout-shift'),
      si: nv('speed-index'),
      tti: nv('interactive'),
      ttfb: nv('server-response-time'),
    },
    bytes: {
      total: nv('total-byte-weight'),
      script: tb('script'),
      stylesheet: tb('stylesheet'),
      document: tb('document'),
      font: tb('font'),
      image: tb('image'),
      other: tb('other'),
      requests: byType.get('total')?.requestCount ?? 0,
    },
    mainThreadMs: nv('mainthread-work-breakdown'),
    bootupMs: nv('bootup-time'),
    unusedJsBytes: Number((a('unused-javascript') as { details?: { overallSavingsBytes?: number } } | undefined)?.details?.overallSavingsBytes ?? 0),
    domSize: nv('dom-size'),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    failing,
    scripts,
    finalUrl: lhr.finalDisplayedUrl ?? '',
    ...(lhr.runtimeError && { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` }),
  };
}

async function lighthouseOnce(origin: string, spec: PageSpec, run: number): Promise<RunSummary> {
  const { default: lighthouse } = await import('lighthouse');
  const puppeteer = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_FLAGS.filter((f) => f !== '--headless'),
    defaultViewport: null,
  });
  try {
    const page = await browser.newPage();
    if (spec.localStorage) {
      // runs in every new document before the page's scripts: the state a student's device would have
      await page.evaluateOnNewDocument(
        (entries: Record<string, string>, wanted: string) => {
          try {
            if (location.origin !== wanted) return;
            for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
          } catch {
            // about:blank and friends have no storage
          }
        },
        spec.localStorage,
        origin,
      );
    }
    const result = await lighthouse(
      `${origin}${spec.path}`,
      {
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        ...(spec.cookie && { extraHeaders: { Cookie: spec.cookie } }),
      },
      undefined,
      page as never,
    );
    if (!result) throw new Error('Lighthouse returned nothing');
    if (opts.dumpDir) {
      fs.mkdirSync(opts.dumpDir, { recursive: true });
      fs.writeFileSync(path.join(opts.dumpDir, `${spec.name}-${run}.json`), JSON.stringify(result.lhr));
    }
    return summarize(result.lhr as unknown as Lhr);
  } finally {
    await browser.close();
  }
}

/** One student who joined and opened the assignment (their attempt is in progress): the cookie of that device. */
async function joinedStudentCookie(origin: string, room: Classroom): Promise<string> {
  const jar = new CookieJar();
  const page = await timedFetch(`${origin}/join/${room.code}`);
  const form = findForm(page.body, 'displayName');
  if (!form) throw new Error('no join form');
  const joined = await timedFetch(`${origin}/join/${room.code}`, {
    method: 'POST',
    body: formBody(form, { displayName: 'Lighthouse L' }),
    headers: { origin, 'x-forwarded-for': '198.18.200.1' },
  });
  if (joined.res) jar.take(joined.res);
  const start = await timedFetch(`${origin}/a/${room.assignmentId}`, { headers: { cookie: jar.header() } });
  if (start.status !== 200) throw new Error(`the joined student cannot open the assignment (${start.status})`);
  return jar.header();
}

const fmtKiB = (b: number) => (Number.isFinite(b) ? `${round(b / 1024, 1)}` : '–');

interface PageResult {
  name: PageName;
  title: string;
  path: string;
  student: boolean;
  skipped?: string;
  runs: RunSummary[];
  median?: {
    performance: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    fcp: number;
    lcp: number;
    tbt: number;
    cls: number;
    si: number;
    tti: number;
    ttfb: number;
    totalBytes: number;
    scriptBytes: number;
    cssBytes: number;
    documentBytes: number;
    requests: number;
    mainThreadMs: number;
    unusedJsBytes: number;
    domSize: number;
    benchmarkIndex: number;
  };
  budgets: { name: string; limit: string; value: string; ok: boolean; by?: string }[];
}

function budgetsFor(p: PageResult): PageResult['budgets'] {
  const m = p.median;
  if (!m || !p.student) return [];
  const out: PageResult['budgets'] = [];
  const min = (name: string, value: number, limit: number, unit = '') =>
    out.push({ name, limit: `≥ ${limit}${unit}`, value: `${value}${unit}`, ok: value >= limit, ...(value < limit && { by: `${round(limit - value, 3)}${unit}` }) });
  const max = (name: string, value: number, limit: number, unit = '', digits = 0) =>
    out.push({
      name,
      limit: `≤ ${limit}${unit}`,
      value: `${round(value, digits)}${unit}`,
      ok: value <= limit,
      ...(value > limit && { by: `${round(value - limit, digits)}${unit}` }),
    });
  min('performance', m.performance, 95);
  min('accessibility', m.accessibility, 100);
  min('best practices', m.bestPractices, 100);
  max('TBT', m.tbt, 150, ' ms');
  max('CLS', m.cls, 0.02, '', 3);
  if (p.name === 'question') max('transfer', m.totalBytes / 1024, opts.transferBudgetKiB, ' KiB', 1);
  return out;
}

async function main(): Promise<number> {
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH} (set CHROME_PATH)`);
  if (opts.build) build();
  else assertBuilt();
  const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-lh-pglite-'));
  let server: RunningServer | undefined;
  const onSignal = () => void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startServer({ port: opts.port, pgliteDir, name: 'server' });
    const origin = server.origin;

    // ---- demo data ----
    const room = await createClassroom(origin, { mode: 'submit', className: '9B Media literacy' });
    const items = quizItems(loadQuiz(QUIZ));
    const rec = new Recorder(performance.now());
    const controller = new AbortController();
    const students = await Promise.all(
      Array.from({ length: opts.classSize }, (_, i) =>
        runStudent(
          {
            index: i,
            origin,
            code: room.code,
            answers: answersFor(items, seeded(1000 + i), 0.4 + (i % 5) * 0.12),
            thinkMs: [0, 0],
            resendRate: 0,
            retries: 2,
            address: `198.18.100.${i + 1}`,
            rand: seeded(2000 + i),
            deadline: performance.now() + 120_000,
            signal: controller.signal,
          },
          rec,
        ),
      ),
    );
    const handedIn = students.filter((s) => s.finished).length;
    log(`demo data: class ${room.classId}, assignment ${room.assignmentId}, code ${room.code}, ${handedIn}/${opts.classSize} students handed in`);
    const studentCookie = opts.pages.includes('assignment') ? await joinedStudentCookie(origin, room) : '';
    const practiceAnswers = Object.fromEntries(answersFor(items, seeded(7), 0.7).map((a) => [a.itemId, a.answer]));
    const practiceState = JSON.stringify({
      state: {
        seed: 'lighthouse',
        position: items.length - 1,
        drafts: {},
        confidence: {},
        answers: practiceAnswers,
        feedback: {},
        clientSeq: items.length,
        outbox: [],
        handInQueued: false,
      },
      version: 1,
    });

    const specs: Record<PageName, PageSpec> = {
      landing: { name: 'landing', title: 'Landing', path: '/', student: true },
      intro: { name: 'intro', title: 'Quiz intro', path: `/quiz/${QUIZ}`, student: true },
      question: { name: 'question', title: 'Question (practice)', path: `/quiz/${QUIZ}/play`, student: true },
      results: {
        name: 'results',
        title: 'Practice results',
        path: `/quiz/${QUIZ}/results`,
        student: true,
        localStorage: { [`claimcheck:practice:${QUIZ}`]: practiceState },
      },
      join: { name: 'join', title: 'Join with code', path: `/join/${room.code}`, student: true },
      assignment: { name: 'assignment', title: 'Question (class assignment)', path: `/a/${room.assignmentId}`, student: true, cookie: studentCookie },
      teacher: {
        name: 'teacher',
        title: 'Teacher: assignment results',
        path: `/teacher/assignments/${room.assignmentId}/results`,
        student: false,
        cookie: room.teacher.jar.header(),
      },
    };

    const results: PageResult[] = [];
    for (const name of opts.pages) {
      const spec = specs[name];
      const probe = await timedFetch(`${origin}${spec.path}`, { headers: spec.cookie ? { cookie: spec.cookie } : {} });
      if (probe.status !== 200) {
        log(`${spec.path}: HTTP ${probe.status}: skipped`);
        results.push({ name, title: spec.title, path: spec.path, student: spec.student, skipped: `HTTP ${probe.status} (not in this build?)`, runs: [], budgets: [] });
        continue;
      }
      if (opts.waitQuietS > 0) await waitQuiet(opts.waitQuietS * 1000, 0.25, (m) => log(m));
      const runs: RunSummary[] = [];
      for (let i = 0; i < opts.runs; i++) {
        let r = await lighthouseOnce(origin, spec, i + 1);
        // a trace that failed to record (NO_NAVSTART and the like) is the tool's problem, not the page's: run again
        for (let retry = 0; r.runtimeError && retry < 2; retry++) {
          log(`${name} run ${i + 1}: ${r.runtimeError}: running it again`);
          r = await lighthouseOnce(origin, spec, i + 1);
        }
        log(
          `${name} run ${i + 1}/${opts.runs}: perf ${r.scores.performance} a11y ${r.scores.accessibility} bp ${r.scores.bestPractices} ` +
            `LCP ${Math.round(r.metrics.lcp)} ms TBT ${Math.round(r.metrics.tbt)} ms CLS ${round(r.metrics.cls, 3)} ${fmtKiB(r.bytes.total)} KiB`,
        );
        runs.push(r);
      }
      const med = (f: (r: RunSummary) => number) => median(runs.map(f));
      const page: PageResult = {
        name,
        title: spec.title,
        path: spec.path,
        student: spec.student,
        runs,
        median: {
          performance: med((r) => r.scores.performance),
          accessibility: med((r) => r.scores.accessibility),
          bestPractices: med((r) => r.scores.bestPractices),
          seo: med((r) => r.scores.seo),
          fcp: med((r) => r.metrics.fcp),
          lcp: med((r) => r.metrics.lcp),
          tbt: med((r) => r.metrics.tbt),
          cls: med((r) => r.metrics.cls),
          si: med((r) => r.metrics.si),
          tti: med((r) => r.metrics.tti),
          ttfb: med((r) => r.metrics.ttfb),
          totalBytes: med((r) => r.bytes.total),
          scriptBytes: med((r) => r.bytes.script),
          cssBytes: med((r) => r.bytes.stylesheet),
          documentBytes: med((r) => r.bytes.document),
          requests: med((r) => r.bytes.requests),
          mainThreadMs: med((r) => r.mainThreadMs),
          unusedJsBytes: med((r) => r.unusedJsBytes),
          domSize: med((r) => r.domSize),
          benchmarkIndex: med((r) => r.benchmarkIndex ?? NaN),
        },
        budgets: [],
      };
      page.budgets = budgetsFor(page);
      results.push(page);
    }

    // ---- report ----
    const rows = results.map((p) => {
      const m = p.median;
      if (!m) return [p.title, p.path.replace(room.assignmentId, '<id>').replace(room.code, '<CODE>'), p.skipped ?? '', '', '', '', '', '', '', '', '', '', ''];
      return [
        p.title,
        p.path.replace(room.assignmentId, '<id>').replace(room.code, '<CODE>'),
        m.performance,
        m.accessibility,
        m.bestPractices,
        Math.round(m.fcp),
        Math.round(m.lcp),
        Math.round(m.tbt),
        round(m.cls, 3),
        Math.round(m.si),
        fmtKiB(m.totalBytes),
        fmtKiB(m.scriptBytes),
        m.requests,
      ];
    });
    const misses = results.flatMap((p) => p.budgets.filter((b) => !b.ok).map((b) => ({ page: p.title, ...b })));
    const failing = new Map<string, Set<string>>();
    for (const p of results) {
      for (const r of p.runs) for (const f of r.failing) {
        const key = `${f.category}: ${f.title} (${f.id})`;
        failing.set(key, (failing.get(key) ?? new Set()).add(p.name));
      }
    }
    const mach = machine();
    const benchIdx = median(results.flatMap((p) => p.runs.map((r) => r.benchmarkIndex ?? NaN)));
    const md = [
      `### Lighthouse (mobile, simulated throttling), median of ${opts.runs} run${opts.runs > 1 ? 's' : ''} — ${stamp()}`,
      '',
      `Machine: ${mach.cores} cores (${mach.cpuModel}), ${mach.memoryGiB} GiB, Node ${mach.node}; Chromium at ${CHROME_PATH}; ` +
        `Lighthouse benchmarkIndex ${round(benchIdx) ?? '–'}; git ${gitRevision()}. Production build, embedded database, ` +
        `class of ${opts.classSize} students who handed in (${handedIn} did).`,
      '',
      table(['page', 'path', 'perf', 'a11y', 'best pr.', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'SI ms', 'transfer KiB', 'JS KiB', 'requests'], rows),
      '',
      misses.length === 0
        ? `Budgets (student pages: performance ≥ 95, accessibility 100, best practices 100, TBT ≤ 150 ms, CLS ≤ 0.02; question page ≤ ${opts.transferBudgetKiB} KiB): **all met**.`
        : `Budgets missed: ${misses.map((m) => `**${m.page}** ${m.name} ${m.value} (limit ${m.limit}, off by ${m.by})`).join('; ')}.`,
      ...(failing.size > 0 ? ['', `Failing audits: ${[...failing].map(([k, pages]) => `${k} on ${[...pages].join(', ')}`).join('; ')}.`] : []),
    ].join('\n');
    console.log(`\n${md}\n`);
    if (opts.write) {
      appendMarkdown(md);
      appendJson('benchmarks-lighthouse.json', {
        kind: 'lighthouse',
        date: new Date().toISOString(),
        git: gitRevision(),
        machine: mach,
        chromium: CHROME_PATH,
        runs: opts.runs,
        pages: results.map((p) => ({
          name: p.name,
          title: p.title,
          path: p.path.replace(room.assignmentId, '<id>').replace(room.code, '<CODE>'),
          student: p.student,
          skipped: p.skipped ?? null,
          median: p.median ?? null,
          budgets: p.budgets,
          failing: [...new Set(p.runs.flatMap((r) => r.failing.map((f) => `${f.category}: ${f.id}`)))],
          scripts: p.runs[0]?.scripts ?? [],
          runs: p.runs.map((r) => ({ scores: r.scores, metrics: r.metrics, bytes: r.bytes, benchmarkIndex: r.benchmarkIndex })),
        })),
      });
      log('appended to docs/benchmarks.md and docs/benchmarks-lighthouse.json');
    }
    return misses.length > 0 ? 1 : 0;
  } finally {
    await server?.stop();
    removePgliteDir(pgliteDir);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
