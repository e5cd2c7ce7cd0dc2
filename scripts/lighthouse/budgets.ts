// Every Lighthouse budget, in one place, with the reason for it. Two kinds:
// - absolute: figures CPU speed cannot move (bytes, request count, layout shift, the accessibility and
//   best-practices audits), checked against a fixed limit;
// - relative: timings, which on a shared or slower machine move with the machine. They are checked against the bare
//   Next.js page (scripts/lighthouse/baseline/) measured in the same run, alternating with the app's pages, so what
//   is judged is what the app adds to what any Next.js page costs on that machine.
// The product brief's absolute timing budgets (performance >= 95, TBT <= 150 ms) were set on a quiet machine with a
// Lighthouse benchmarkIndex of about 3,700 to 4,050; they are still printed, as "brief", so runs can be compared with
// the past, but they do not fail a run.

import { median } from '../bench/lib/report';

/** The figures of one Lighthouse run that the budgets look at. */
export interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Total transfer, bytes. */
  totalBytes: number;
  requests: number;
  /** First and largest paint in a second run of the same round with the throttling applied to the browser. */
  appliedFcp?: number;
  appliedLcp?: number;
}

export type BudgetKind = 'absolute' | 'relative' | 'brief';

export interface Check {
  name: string;
  kind: BudgetKind;
  limit: string;
  value: string;
  ok: boolean;
  /** A check that fails the run when it is not ok; the others are reported only. */
  gate: boolean;
  why: string;
}

export const ABSOLUTE = {
  /** Every student page. */
  accessibility: { min: 100, why: 'axe-style audits do not depend on speed: any failure is a real barrier' },
  bestPractices: { min: 100, why: 'console errors, deprecated APIs and insecure requests do not depend on speed' },
  cls: { max: 0.02, why: 'layout shift is geometry, not speed; text that jumps loses a slow reader' },
  requests: { max: 20, why: 'each request is a round trip on a slow 4G link (150 ms RTT on the mobile profile); today 13 to 14' },
  /** The question pages (practice and class assignment) and the control page. */
  transferKiB: { max: 150, pages: ['question', 'assignment', 'control'], why: 'the product brief: a question page on a cheap phone on a bad connection' },
} as const;

export const RELATIVE = {
  tbt: { factor: 1.5, plusMs: 50, why: 'blocking time scales with CPU speed; 1.5 × the bare page + 50 ms leaves room for one real client component' },
  lcp: {
    factor: 1.3,
    // Report-only, simulated and applied. Simulated: Lantern's LCP counts every script that had arrived and started
    // before the paint in the unthrottled trace, so it swings with a race between the scripts and the first paint
    // (the bare page itself measured 693 and 1,610 ms in two runs of one hour, against FCPs of 670 and 672 ms).
    // Applied: the question pages paint 1.1 to 1.46 × the bare page's time (their server render, a 16 KiB document
    // against 2.5, and its layout on a 4 × slower CPU), so 1.3 × would fail one run in three (docs/benchmarks.md).
    gate: false,
    why: 'the largest paint scales with CPU and network simulation alike; 1.3 × the bare page',
  },
  /**
   * The largest paint comes with the first, not after the scripts: what a student reads is in the HTML. Judged on a
   * second run of each round with the mobile profile applied to the browser (Lighthouse's devtools throttling), where
   * FCP and LCP are what the browser painted: Lantern's simulated LCP counts the scripts that won the race to the
   * unthrottled paint (see lcp), which a page rendered after hydration and one rendered on the server both lose.
   * Rendered after hydration (as before issue 14), the question painted about 1.4 s after the first paint.
   */
  lcpAfterFcp: {
    maxMs: 300,
    gate: true,
    pages: ['baseline', 'question', 'assignment'],
    why: 'the question is in the server-rendered HTML: it paints with the page, not after hydration',
  },
  performance: { minus: 5, why: 'the score is a blend of timings: within 5 points of the bare page on the same machine' },
} as const;

export const BRIEF = {
  performance: { min: 95, why: 'the product brief, measured on a quiet machine (benchmarkIndex about 3,700 to 4,050)' },
  tbt: { maxMs: 150, why: 'the product brief, measured on a quiet machine' },
} as const;

const r = (n: number, digits = 0) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : NaN);

/** Medians of each figure over runs. */
export function medianFigures(runs: Figures[]): Figures {
  const m = (k: keyof Figures) => median(runs.map((run) => run[k] ?? NaN));
  return {
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    fcp: m('fcp'),
    lcp: m('lcp'),
    tbt: m('tbt'),
    cls: m('cls'),
    totalBytes: m('totalBytes'),
    requests: m('requests'),
  };
}

/**
 * The checks for one student page. `page[i]` and `baseline[i]` are the runs of round i, measured one after the
 * other: a relative check compares each page run with the baseline run of its own round and takes the median over
 * the rounds, so load that comes and goes during the run (another process, a noisy neighbour) moves both sides of
 * each comparison together. Absolute checks take the median of the page's runs.
 */
export function checkPage(name: string, page: Figures[], baseline: Figures[]): Check[] {
  const out: Check[] = [];
  // a missing figure (NaN) compares false everywhere, so it fails its check rather than passing it
  const add = (c: Check) => out.push(c);
  const m = medianFigures(page);
  const b = medianFigures(baseline);
  const pairs = page.slice(0, baseline.length).map((p, i) => [p, baseline[i] as Figures] as const);
  const paired = (f: (p: Figures, base: Figures) => number) => (pairs.length === 0 ? NaN : median(pairs.map(([p, base]) => f(p, base))));

  add({ name: 'accessibility', kind: 'absolute', limit: `≥ ${ABSOLUTE.accessibility.min}`, value: `${m.accessibility}`, ok: m.accessibility >= ABSOLUTE.accessibility.min, gate: true, why: ABSOLUTE.accessibility.why });
  add({ name: 'best practices', kind: 'absolute', limit: `≥ ${ABSOLUTE.bestPractices.min}`, value: `${m.bestPractices}`, ok: m.bestPractices >= ABSOLUTE.bestPractices.min, gate: true, why: ABSOLUTE.bestPractices.why });
  add({ name: 'CLS', kind: 'absolute', limit: `≤ ${ABSOLUTE.cls.max}`, value: `${r(m.cls, 3)}`, ok: m.cls <= ABSOLUTE.cls.max, gate: true, why: ABSOLUTE.cls.why });
  add({ name: 'requests', kind: 'absolute', limit: `≤ ${ABSOLUTE.requests.max}`, value: `${m.requests}`, ok: m.requests <= ABSOLUTE.requests.max, gate: true, why: ABSOLUTE.requests.why });
  if ((ABSOLUTE.transferKiB.pages as readonly string[]).includes(name)) {
    const kib = m.totalBytes / 1024;
    add({ name: 'transfer', kind: 'absolute', limit: `≤ ${ABSOLUTE.transferKiB.max} KiB`, value: `${r(kib, 1)} KiB`, ok: kib <= ABSOLUTE.transferKiB.max, gate: true, why: ABSOLUTE.transferKiB.why });
  }

  // TBT: the median over rounds of (page − limit from that round's baseline) must not be above 0
  const tbtOver = paired((p, base) => p.tbt - (RELATIVE.tbt.factor * base.tbt + RELATIVE.tbt.plusMs));
  add({
    name: 'TBT',
    kind: 'relative',
    limit: `≤ ${RELATIVE.tbt.factor} × baseline + ${RELATIVE.tbt.plusMs} ms, round by round (medians: ${r(RELATIVE.tbt.factor * b.tbt + RELATIVE.tbt.plusMs)} ms)`,
    value: `${r(m.tbt)} ms (${times(paired((p, base) => p.tbt / base.tbt))}; ${tbtOver > 0 ? `${r(tbtOver)} ms over` : `${r(-tbtOver)} ms under`})`,
    ok: tbtOver <= 0,
    gate: true,
    why: RELATIVE.tbt.why,
  });
  const lcpRatio = paired((p, base) => p.lcp / base.lcp);
  add({
    name: 'LCP',
    kind: 'relative',
    limit: `≤ ${RELATIVE.lcp.factor} × baseline (medians: ${r(RELATIVE.lcp.factor * b.lcp)} ms)`,
    value: `${r(m.lcp)} ms (${times(lcpRatio)})`,
    ok: lcpRatio <= RELATIVE.lcp.factor,
    gate: RELATIVE.lcp.gate,
    why: RELATIVE.lcp.why,
  });
  // median over runs of each run's own LCP − FCP: both come from the same trace
  const lcpLag = median(page.map((p) => p.lcp - p.fcp));
  add({
    name: 'LCP after FCP (simulated)',
    kind: 'absolute',
    limit: `≤ ${RELATIVE.lcpAfterFcp.maxMs} ms`,
    value: `${r(lcpLag)} ms`,
    ok: lcpLag <= RELATIVE.lcpAfterFcp.maxMs,
    gate: false,
    why: RELATIVE.lcp.why,
  });
  if ((RELATIVE.lcpAfterFcp.pages as readonly string[]).includes(name)) {
    // a question page without its applied runs fails (NaN), so a run that skipped them cannot pass
    const appliedLag = median(page.map((p) => (p.appliedLcp ?? NaN) - (p.appliedFcp ?? NaN)));
    add({
      name: 'LCP after FCP',
      kind: 'absolute',
      limit: `≤ ${RELATIVE.lcpAfterFcp.maxMs} ms, throttling applied`,
      value: `${r(appliedLag)} ms`,
      ok: appliedLag <= RELATIVE.lcpAfterFcp.maxMs,
      gate: RELATIVE.lcpAfterFcp.gate,
      why: RELATIVE.lcpAfterFcp.why,
    });
    const appliedRatio = paired((p, base) => (p.appliedLcp ?? NaN) / (base.appliedLcp ?? NaN));
    add({
      name: 'LCP (applied)',
      kind: 'relative',
      limit: `≤ ${RELATIVE.lcp.factor} × baseline, throttling applied`,
      value: `${r(median(page.map((p) => p.appliedLcp ?? NaN)))} ms (${times(appliedRatio)})`,
      ok: appliedRatio <= RELATIVE.lcp.factor,
      gate: RELATIVE.lcp.gate,
      why: RELATIVE.lcp.why,
    });
  }
  const perfDelta = paired((p, base) => p.performance - base.performance);
  add({
    name: 'performance',
    kind: 'relative',
    limit: `≥ baseline − ${RELATIVE.performance.minus}, round by round (medians: ${b.performance - RELATIVE.performance.minus})`,
    value: `${m.performance} (${perfDelta >= 0 ? '+' : '−'}${Math.abs(r(perfDelta, 1))} against the baseline)`,
    ok: perfDelta >= -RELATIVE.performance.minus,
    gate: true,
    why: RELATIVE.performance.why,
  });

  add({ name: 'performance', kind: 'brief', limit: `≥ ${BRIEF.performance.min}`, value: `${m.performance}`, ok: m.performance >= BRIEF.performance.min, gate: false, why: BRIEF.performance.why });
  add({ name: 'TBT', kind: 'brief', limit: `≤ ${BRIEF.tbt.maxMs} ms`, value: `${r(m.tbt)} ms`, ok: m.tbt <= BRIEF.tbt.maxMs, gate: false, why: BRIEF.tbt.why });
  return out;
}

const times = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)} ×` : '– ×');

/** The median over rounds of page / baseline for one figure, as "1.30 ×" ("– ×" when there is nothing to divide). */
export function pairedRatio(page: Figures[], baseline: Figures[], key: keyof Figures): string {
  const ratios = page.slice(0, baseline.length).map((p, i) => (p[key] ?? NaN) / ((baseline[i] as Figures)[key] ?? NaN));
  return times(median(ratios.filter((x) => Number.isFinite(x))));
}

/** The checks that fail the run. */
export const failedGates = (checks: Check[]) => checks.filter((c) => c.gate && !c.ok);

/**
 * The control page (the baseline plus ~100 KiB of busy client JS) must fail at least one absolute and one relative
 * gate: if it passes, the budgets would pass anything. Returns what is wrong, or null when the control failed as it
 * should.
 */
export function controlProblem(checks: Check[]): string | null {
  const failed = failedGates(checks);
  const kinds = new Set(failed.map((c) => c.kind));
  const missing = (['absolute', 'relative'] as const).filter((k) => !kinds.has(k));
  if (missing.length === 0) return null;
  return `the heavier control page passed every ${missing.join(' and ')} budget: the budgets would not catch 100 KiB of busy JavaScript`;
}
