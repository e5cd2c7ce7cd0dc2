// npm run lighthouse -- [options]: Lighthouse (mobile defaults: Moto G Power, simulated slow 4G, 4× CPU slowdown)
// on the pages a student and a teacher open, against a production build with demo data, using Debian's Chromium.
//
// Builds (unless --no-build) into .next-bench, starts the server on 127.0.0.1 with a fresh embedded database, makes
// a teacher, class and assignment and a class of students who handed in (through the app's HTTP endpoints) when a
// page needs them, and serves the bare baseline page (scripts/lighthouse/baseline/, built once per lockfile) beside
// it. Then it runs Lighthouse in rounds, a fresh browser each run: each round measures the baseline, then every page
// once, so the app's pages and the baseline alternate through the run and share whatever the machine is doing.
// Medians of the rounds are checked against the budgets in scripts/lighthouse/budgets.ts: absolute ones (bytes,
// requests, CLS, accessibility, best practices) and timings relative to the baseline's medians of the same run.
// A control page (the baseline plus ~100 KiB of busy client JS) is measured once and must fail both kinds: if it
// passes, the budgets check nothing. The practice results page is measured with answers put in localStorage before
// the page's own scripts run; signed-in pages get their cookie.
//
//   --runs N         rounds (default 3)
//   --pages a,b      some of: landing,intro,question,results,join,assignment,teacher (default: all)
//   --port P         (default 3400; the baseline page is served on P+1)   --no-build   --no-control
//   --locales en,ur  the interface languages each page is measured in (default both; Urdu through its cookie)
//   --class-size N   students who hand in, for the teacher page (default 24)
//   --no-write       do not append to docs/ (the default when only some pages are run; --write forces it)
//   --wait-quiet-s S wait up to S s before each round for other work on the machine to stop (default 120)
//   --dump-dir DIR   also write each run's full Lighthouse report (JSON) there
// Exits non-zero when a student page misses a gating budget, or when the control page passes them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { num, parseArgs, str } from '../bench/lib/args';
import { waitQuiet } from '../bench/lib/cpu';
import { CookieJar, findForm, formBody, timedFetch } from '../bench/lib/http';
import { appendJson, appendMarkdown, median, round, stamp, table } from '../bench/lib/report';
import { answersFor, loadQuiz, quizItems, seeded } from '../bench/lib/responses';
import { assertBuilt, build, gitRevision, machine, removePgliteDir, startServer, stopServersOnSignal, type RunningServer } from '../bench/lib/server';
import { createClassroom, type Classroom } from '../bench/lib/setup';
import { Recorder, runStudent } from '../bench/lib/student';
import { ensureBaselineBuilt } from './baseline';
import { ABSOLUTE, BRIEF, checkPage, controlProblem, failedGates, pairedRatio, RELATIVE, type Check, type Figures } from './budgets';

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
/** The bare page and the heavier control, served from scripts/lighthouse/baseline/. */
type ReferenceName = 'baseline' | 'control';

const args = parseArgs(process.argv.slice(2));
const pageList = args.has('pages') ? str(args, 'pages', '').split(',').map((p) => p.trim()) : [...ALL_PAGES];
for (const p of pageList) if (!(ALL_PAGES as readonly string[]).includes(p)) throw new Error(`unknown page "${p}": use ${ALL_PAGES.join(',')}`);
const LOCALES = ['en', 'ur'] as const;
type LocaleName = (typeof LOCALES)[number];
const localeList = str(args, 'locales', LOCALES.join(',')).split(',').map((l) => l.trim());
for (const l of localeList) if (!(LOCALES as readonly string[]).includes(l)) throw new Error(`unknown locale "${l}": use ${LOCALES.join(',')}`);
const opts = {
  pages: pageList as PageName[],
  locales: localeList as LocaleName[],
  runs: num(args, 'runs', 3),
  port: num(args, 'port', 3400),
  build: !args.has('no-build'),
  classSize: num(args, 'class-size', 24),
  write: args.has('write') || (!args.has('no-write') && !args.has('pages')),
  waitQuietS: num(args, 'wait-quiet-s', 120),
  dumpDir: args.has('dump-dir') ? path.resolve(str(args, 'dump-dir', '')) : null,
  control: !args.has('no-control'),
};

const log = (...a: unknown[]) => console.error('[lighthouse]', ...a);

interface PageSpec {
  name: PageName | ReferenceName;
  /** The interface language; the name and the budgets are the page's, whatever its language. */
  locale: LocaleName;
  title: string;
  origin: string;
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

/**
 * `simulate`: Lighthouse's default, the budgets' figures. `devtools`: the same mobile profile applied to the browser
 * while the page loads, for the question pages' paint (RELATIVE.lcpAfterFcp in budgets.ts).
 */
type Throttling = 'simulate' | 'devtools';

async function lighthouseOnce(spec: PageSpec, run: number, throttling: Throttling = 'simulate'): Promise<RunSummary> {
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
        spec.origin,
      );
    }
    const result = await lighthouse(
      `${spec.origin}${spec.path}`,
      {
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        throttlingMethod: throttling,
        ...(spec.cookie && { extraHeaders: { Cookie: spec.cookie } }),
      },
      undefined,
      page as never,
    );
    if (!result) throw new Error('Lighthouse returned nothing');
    if (opts.dumpDir) {
      fs.mkdirSync(opts.dumpDir, { recursive: true });
      const file = `${spec.name}-${spec.locale}-${run}${throttling === 'devtools' ? '-applied' : ''}.json`;
      fs.writeFileSync(path.join(opts.dumpDir, file), JSON.stringify(result.lhr));
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
  // the join form's one-time key is bound to the join-device cookie this page set (lib/students/join-key.ts)
  if (page.res) jar.take(page.res);
  const form = findForm(page.body, 'displayName');
  if (!form) throw new Error('no join form');
  const joined = await timedFetch(`${origin}/join/${room.code}`, {
    method: 'POST',
    body: formBody(form, { displayName: 'Lighthouse L' }),
    headers: { origin, 'x-forwarded-for': '198.18.200.1', cookie: jar.header() },
  });
  if (joined.res) jar.take(joined.res);
  const start = await timedFetch(`${origin}/a/${room.assignmentId}`, { headers: { cookie: jar.header() } });
  if (start.status !== 200) throw new Error(`the joined student cannot open the assignment (${start.status})`);
  return jar.header();
}

const fmtKiB = (b: number) => (Number.isFinite(b) ? `${round(b / 1024, 1)}` : '–');

type Median = Figures & {
  seo: number;
  si: number;
  tti: number;
  ttfb: number;
  scriptBytes: number;
  cssBytes: number;
  documentBytes: number;
  mainThreadMs: number;
  unusedJsBytes: number;
  domSize: number;
  benchmarkIndex: number;
};

interface PageResult {
  name: PageName | ReferenceName;
  locale: LocaleName;
  title: string;
  path: string;
  student: boolean;
  skipped?: string;
  runs: RunSummary[];
  /** The paint under applied throttling, one per round, for the pages in RELATIVE.lcpAfterFcp.pages. */
  applied: Array<{ fcp: number; lcp: number }>;
  median?: Median;
  checks: Check[];
}

function medianOf(runs: RunSummary[]): Median {
  const med = (f: (r: RunSummary) => number) => median(runs.map(f));
  return {
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
  };
}

/** What the budgets look at, of one run (and the applied-throttling paint of the same round, if measured). */
const figuresOf = (r: RunSummary, applied?: { fcp: number; lcp: number }): Figures => ({
  ...(applied && { appliedFcp: applied.fcp, appliedLcp: applied.lcp }),
  performance: r.scores.performance,
  accessibility: r.scores.accessibility,
  bestPractices: r.scores.bestPractices,
  fcp: r.metrics.fcp,
  lcp: r.metrics.lcp,
  tbt: r.metrics.tbt,
  cls: r.metrics.cls,
  totalBytes: r.bytes.total,
  requests: r.bytes.requests,
});

/** One Lighthouse run, again (twice at most) when the trace failed to record (NO_NAVSTART and the like): the tool's problem, not the page's. */
async function lighthouseRetried(spec: PageSpec, run: number, throttling: Throttling): Promise<RunSummary> {
  let r = await lighthouseOnce(spec, run, throttling);
  for (let retry = 0; r.runtimeError && retry < 2; retry++) {
    log(`${spec.name} (${spec.locale}) run ${run}: ${r.runtimeError}: running it again`);
    r = await lighthouseOnce(spec, run, throttling);
  }
  return r;
}

async function measure(spec: PageSpec, run: number): Promise<RunSummary> {
  const r = await lighthouseRetried(spec, run, 'simulate');
  log(
    `${spec.name} (${spec.locale}) run ${run}/${opts.runs}: perf ${r.scores.performance} a11y ${r.scores.accessibility} bp ${r.scores.bestPractices} ` +
      `FCP ${Math.round(r.metrics.fcp)} LCP ${Math.round(r.metrics.lcp)} ms TBT ${Math.round(r.metrics.tbt)} ms CLS ${round(r.metrics.cls, 3)} ` +
      `${fmtKiB(r.bytes.total)} KiB, benchmarkIndex ${round(r.benchmarkIndex ?? NaN) ?? '–'}`,
  );
  return r;
}

/** The page's first and largest paint as the browser saw them, loading under the mobile profile's throttling. */
async function measureApplied(spec: PageSpec, run: number): Promise<{ fcp: number; lcp: number }> {
  const r = await lighthouseRetried(spec, run, 'devtools');
  log(`${spec.name} (${spec.locale}) run ${run}/${opts.runs}, applied throttling: FCP ${Math.round(r.metrics.fcp)} LCP ${Math.round(r.metrics.lcp)} ms`);
  return { fcp: r.metrics.fcp, lcp: r.metrics.lcp };
}

const figuresOfResult = (p: PageResult) => p.runs.map((r, i) => figuresOf(r, p.applied[i]));

/** The side-by-side table: each page's medians, and the median over rounds of its ratio to that round's baseline. */
function sideBySide(results: PageResult[], baseRuns: Figures[], hide: (p: string) => string): string {
  const rows = results.map((p) => {
    const x = (k: keyof Figures) => pairedRatio(figuresOfResult(p), baseRuns, k);
    const m = p.median;
    if (!m) return [p.title, hide(p.path), p.skipped ?? '', '', '', '', '', '', '', '', '', '', '', '', ''];
    const isBase = p.name === 'baseline';
    const gates = failedGates(p.checks);
    return [
      p.title,
      hide(p.path),
      m.performance,
      m.accessibility,
      m.bestPractices,
      Math.round(m.fcp),
      Math.round(m.lcp),
      isBase ? '1 ×' : x('lcp'),
      Math.round(m.tbt),
      isBase ? '1 ×' : x('tbt'),
      round(m.cls, 3),
      fmtKiB(m.totalBytes),
      isBase ? '1 ×' : x('totalBytes'),
      m.requests,
      !p.student && p.name !== 'control' ? 'not budgeted' : isBase ? 'reference' : gates.length === 0 ? 'met' : `**missed**: ${gates.map((c) => c.name).join(', ')}`,
    ];
  });
  return table(
    ['page', 'path', 'perf', 'a11y', 'best pr.', 'FCP ms', 'LCP ms', 'LCP ×', 'TBT ms', 'TBT ×', 'CLS', 'transfer KiB', 'bytes ×', 'requests', 'budgets'],
    rows,
  );
}

async function main(): Promise<number> {
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH} (set CHROME_PATH)`);
  const baselineDir = ensureBaselineBuilt();
  if (opts.build) build();
  else assertBuilt();
  const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-lh-pglite-'));
  const servers: RunningServer[] = [];
  const stopAll = stopServersOnSignal(servers);
  try {
    const server = await startServer({ port: opts.port, pgliteDir, name: 'server' });
    servers.push(server);
    const baselineServer = await startServer({ port: opts.port + 1, appDir: baselineDir, name: 'baseline page' });
    servers.push(baselineServer);
    const origin = server.origin;

    // ---- demo data, only for the pages that show it ----
    const needsRoom = opts.pages.some((p) => p === 'join' || p === 'assignment' || p === 'teacher');
    const room = needsRoom ? await createClassroom(origin, { mode: 'submit', className: '9B Media literacy' }) : null;
    const items = quizItems(loadQuiz(QUIZ));
    let handedIn = 0;
    if (room && opts.pages.includes('teacher')) {
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
      handedIn = students.filter((s) => s.finished).length;
    }
    if (room) log(`demo data: class ${room.classId}, assignment ${room.assignmentId}, code ${room.code}, ${handedIn}/${opts.classSize} students handed in`);
    const studentCookie = room && opts.pages.includes('assignment') ? await joinedStudentCookie(origin, room) : '';
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

    const app = (name: PageName, title: string, pagePath: string, extra: Partial<PageSpec> = {}): PageSpec => ({ name, locale: 'en', title, origin, path: pagePath, student: true, ...extra });
    const specs: Record<PageName, PageSpec | null> = {
      landing: app('landing', 'Landing', '/'),
      intro: app('intro', 'Quiz intro', `/quiz/${QUIZ}`),
      question: app('question', 'Question (practice)', `/quiz/${QUIZ}/play`),
      results: app('results', 'Practice results', `/quiz/${QUIZ}/results`, { localStorage: { [`claimcheck:practice:${QUIZ}`]: practiceState } }),
      join: room && app('join', 'Join with code', `/join/${room.code}`),
      assignment: room && app('assignment', 'Question (class assignment)', `/a/${room.assignmentId}`, { cookie: studentCookie }),
      teacher:
        room &&
        app('teacher', 'Teacher: assignment results', `/teacher/assignments/${room.assignmentId}/results`, { student: false, cookie: room.teacher.jar.header() }),
    };
    const baselineSpec: PageSpec = { name: 'baseline', locale: 'en', title: 'Baseline: bare Next.js page', origin: baselineServer.origin, path: '/', student: false };
    const controlSpec: PageSpec = { name: 'control', locale: 'en', title: 'Control: baseline + 100 KiB busy JS', origin: baselineServer.origin, path: '/heavy', student: false };
    // each page in each interface language: Urdu through the cookie the language switcher sets
    const inLocale = (spec: PageSpec, locale: LocaleName): PageSpec =>
      locale === 'en'
        ? spec
        : { ...spec, locale, title: `${spec.title} (Urdu)`, cookie: [spec.cookie, `cc_locale=${locale}`].filter(Boolean).join('; ') };
    const pageSpecs = opts.pages.flatMap((n) => {
      const spec = specs[n];
      return spec ? opts.locales.map((l) => inLocale(spec, l)) : [];
    });

    // every page answers (and has loaded its server chunks) before anything is measured
    const results: PageResult[] = [];
    const measured: PageSpec[] = [];
    for (const spec of [baselineSpec, ...pageSpecs, ...(opts.control ? [controlSpec] : [])]) {
      const probe = await timedFetch(`${spec.origin}${spec.path}`, { headers: spec.cookie ? { cookie: spec.cookie } : {} });
      if (probe.status !== 200) {
        log(`${spec.path}: HTTP ${probe.status}: skipped`);
        results.push({ name: spec.name, locale: spec.locale, title: spec.title, path: spec.path, student: spec.student, skipped: `HTTP ${probe.status} (not in this build?)`, runs: [], applied: [], checks: [] });
        if (spec === baselineSpec) throw new Error(`the baseline page answered ${probe.status}: nothing to compare with`);
        continue;
      }
      measured.push(spec);
      results.push({ name: spec.name, locale: spec.locale, title: spec.title, path: spec.path, student: spec.student, runs: [], applied: [], checks: [] });
    }
    const resultOf = (spec: PageSpec) => results.find((r) => r.name === spec.name && r.locale === spec.locale) as PageResult;

    // ---- rounds: the baseline, then each page; the control once, in the first round ----
    for (let n = 1; n <= opts.runs; n++) {
      if (opts.waitQuietS > 0) await waitQuiet(opts.waitQuietS * 1000, 0.25, (m) => log(m));
      for (const spec of measured) {
        if (spec === controlSpec && n > 1) continue;
        resultOf(spec).runs.push(await measure(spec, n));
        // the question pages and the baseline, once more with the throttling applied: when the question paints
        if ((RELATIVE.lcpAfterFcp.pages as readonly string[]).includes(spec.name)) resultOf(spec).applied.push(await measureApplied(spec, n));
      }
    }
    for (const p of results) if (p.runs.length > 0) p.median = medianOf(p.runs);
    const baseRuns = figuresOfResult(resultOf(baselineSpec));
    for (const p of results) if (p.median && (p.student || p.name === 'control')) p.checks = checkPage(p.name, figuresOfResult(p), baseRuns);

    // ---- report ----
    const hide = (p: string) => (room ? p.replace(room.assignmentId, '<id>').replace(room.code, '<CODE>') : p);
    const student = results.filter((p) => p.student && p.median);
    const misses = student.flatMap((p) => failedGates(p.checks).map((c) => ({ page: p.title, ...c })));
    const control = results.find((p) => p.name === 'control' && p.median);
    const controlIssue = control ? controlProblem(control.checks) : null;
    const reportOnly = student.flatMap((p) => p.checks.filter((c) => !c.gate && !c.ok).map((c) => ({ page: p.title, ...c })));
    const failing = new Map<string, Set<string>>();
    for (const p of results) {
      for (const r of p.runs) for (const f of r.failing) {
        const key = `${f.category}: ${f.title} (${f.id})`;
        failing.set(key, (failing.get(key) ?? new Set()).add(p.locale === 'en' ? p.name : `${p.name} (${p.locale})`));
      }
    }
    const mach = machine();
    const benchIdx = median(results.flatMap((p) => p.runs.map((r) => r.benchmarkIndex ?? NaN)));
    const fmtCheck = (c: Check & { page: string }) => `**${c.page}** ${c.kind === 'brief' ? 'brief ' : ''}${c.name} ${c.value} (limit ${c.limit})`;
    const md = [
      `### Lighthouse side by side with a bare Next.js page (mobile, simulated throttling), median of ${opts.runs} round${opts.runs > 1 ? 's' : ''} — ${stamp()}`,
      '',
      `Machine: ${mach.cores} cores (${mach.cpuModel}), ${mach.memoryGiB} GiB, Node ${mach.node}; Chromium at ${CHROME_PATH}; ` +
        `**Lighthouse benchmarkIndex ${round(benchIdx) ?? '–'}** (the quiet-machine figures before this table were taken at 3,700 to 4,050); git ${gitRevision()}. ` +
        `Production build, embedded database${room && opts.pages.includes('teacher') ? `, class of ${opts.classSize} students who handed in (${handedIn} did)` : ''}. ` +
        `Each round measured the baseline page, then each page in turn${control ? '; the control page once' : ''}.`,
      '',
      sideBySide(results, baseRuns, hide),
      '',
      `Gating budgets (scripts/lighthouse/budgets.ts), student pages: absolute: accessibility ${ABSOLUTE.accessibility.min}, best practices ${ABSOLUTE.bestPractices.min}, ` +
        `CLS ≤ ${ABSOLUTE.cls.max}, requests ≤ ${ABSOLUTE.requests.max}, question pages ≤ ${ABSOLUTE.transferKiB.max} KiB; relative to the baseline: ` +
        `TBT ≤ ${RELATIVE.tbt.factor} × + ${RELATIVE.tbt.plusMs} ms, performance ≥ baseline − ${RELATIVE.performance.minus}; ` +
        `question pages: LCP ≤ FCP + ${RELATIVE.lcpAfterFcp.maxMs} ms under applied throttling` +
        `${RELATIVE.lcp.gate ? `, LCP ≤ ${RELATIVE.lcp.factor} ×` : ''}: ${misses.length === 0 ? '**all met**' : `**missed**: ${misses.map(fmtCheck).join('; ')}`}.`,
      '',
      `First and largest paint under applied throttling (the same mobile profile, applied to the browser; median of the rounds): ` +
        `${results.filter((p) => p.applied.length > 0).map((p) => `${p.title} FCP ${Math.round(median(p.applied.map((a) => a.fcp)))} / LCP ${Math.round(median(p.applied.map((a) => a.lcp)))} ms`).join('; ')}.`,
      '',
      `Reported, not gating${RELATIVE.lcp.gate ? '' : ` (LCP ≤ ${RELATIVE.lcp.factor} × the baseline, simulated and applied, and the simulated LCP ≤ FCP + ${RELATIVE.lcpAfterFcp.maxMs} ms: see RELATIVE.lcp in budgets.ts)`}; ` +
        `the brief's absolute budgets (performance ≥ ${BRIEF.performance.min}, TBT ≤ ${BRIEF.tbt.maxMs} ms) would have said: ` +
        `${reportOnly.length === 0 ? 'all met' : reportOnly.map(fmtCheck).join('; ')}.`,
      ...(control
        ? ['', `Control page: ${controlIssue ? `**${controlIssue}**` : `failed ${failedGates(control.checks).map((c) => `${c.kind} ${c.name} ${c.value} (limit ${c.limit})`).join('; ')}, as it must`}.`]
        : []),
      ...(failing.size > 0 ? ['', `Failing audits: ${[...failing].map(([k, pages]) => `${k} on ${[...pages].join(', ')}`).join('; ')}.`] : []),
    ].join('\n');
    console.log(`\n${md}\n`);
    if (opts.write) {
      appendMarkdown(md);
      appendJson('benchmarks-lighthouse.json', {
        kind: 'lighthouse-side-by-side',
        date: new Date().toISOString(),
        git: gitRevision(),
        machine: mach,
        benchmarkIndex: benchIdx,
        chromium: CHROME_PATH,
        runs: opts.runs,
        pages: results.map((p) => ({
          name: p.name,
          locale: p.locale,
          title: p.title,
          path: hide(p.path),
          student: p.student,
          skipped: p.skipped ?? null,
          median: p.median ?? null,
          checks: p.checks,
          failing: [...new Set(p.runs.flatMap((r) => r.failing.map((f) => `${f.category}: ${f.id}`)))],
          scripts: p.runs[0]?.scripts ?? [],
          runs: p.runs.map((r) => ({ scores: r.scores, metrics: r.metrics, bytes: r.bytes, benchmarkIndex: r.benchmarkIndex })),
          applied: p.applied,
        })),
      });
      log('appended to docs/benchmarks.md and docs/benchmarks-lighthouse.json');
    }
    if (controlIssue) console.error(`lighthouse: ${controlIssue}`);
    return misses.length > 0 || controlIssue ? 1 : 0;
  } finally {
    await stopAll();
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
