import { describe, expect, it } from 'vitest';
import { checkPage, controlProblem, failedGates, pairedRatio, type Figures } from './budgets';

// Figures from issue 10's slow-machine run (benchmarkIndex 1,100 to 1,800): the bare page and the question page
// measured alternately in one run; the question page's LCP as it is since the question renders on the server (issue
// 14). `waiting` is that page's LCP before, when it showed "Loading your quiz…" until its store had rehydrated. The
// applied paints: a run of the same round with the throttling applied to the browser (2026-12-02, benchmarkIndex
// about 1,600), where the server-rendered question paints with the first paint.
const baseline: Figures = { performance: 92, accessibility: 100, bestPractices: 100, fcp: 900, lcp: 1079, tbt: 340, cls: 0, totalBytes: 137.2 * 1024, requests: 8, appliedFcp: 895, appliedLcp: 895 };
const question: Figures = { performance: 87, accessibility: 100, bestPractices: 100, fcp: 950, lcp: 1120, tbt: 444, cls: 0, totalBytes: 148.4 * 1024, requests: 13, appliedFcp: 1042, appliedLcp: 1042 };
const waiting: Figures = { ...question, lcp: 2448, appliedLcp: 1042 + 1400 };

const names = (fs: ReturnType<typeof failedGates>) => fs.map((c) => `${c.kind} ${c.name}`).sort();
const check = (name: string, page: Figures, base: Figures = baseline) => checkPage(name, [page], [base]);

describe('Lighthouse budgets', () => {
  it('pass the question page on a slow machine where the absolute timing budgets could not', () => {
    const checks = check('question', question);
    expect(failedGates(checks)).toEqual([]);
    // the brief's absolute figures are still reported, and would have failed
    expect(checks.filter((c) => c.kind === 'brief' && !c.ok).map((c) => c.name).sort()).toEqual(['TBT', 'performance']);
    expect(checks.find((c) => c.name === 'LCP')).toMatchObject({ ok: true, gate: false });
    expect(checks.find((c) => c.name === 'LCP after FCP (simulated)')).toMatchObject({ ok: true, gate: false, value: '170 ms' });
    expect(checks.find((c) => c.name === 'LCP after FCP')).toMatchObject({ ok: true, gate: true, value: '0 ms' });
    expect(checks.find((c) => c.name === 'LCP (applied)')).toMatchObject({ ok: true, gate: false, value: '1042 ms (1.16 ×)' });
  });

  it('fail a question page that paints its question after hydration, under applied throttling', () => {
    expect(names(failedGates(check('question', waiting)))).toEqual(['absolute LCP after FCP']);
    // LCP − FCP, applied: 300 ms passes, 301 ms fails, whatever the ratio
    const applied = (lag: number) => failedGates(check('assignment', { ...question, appliedLcp: question.appliedFcp! + lag })).map((c) => c.name);
    expect(applied(300)).toEqual([]);
    expect(applied(301)).toEqual(['LCP after FCP']);
    // a question page measured without its applied run cannot pass
    const { appliedFcp: _f, appliedLcp: _l, ...simulatedOnly } = question;
    expect(names(failedGates(check('question', simulatedOnly)))).toEqual(['absolute LCP after FCP']);
    // other pages are not judged on it
    expect(check('landing', simulatedOnly).some((c) => c.name === 'LCP after FCP')).toBe(false);
  });

  it('report a question page whose LCP is over 1.3 × the baseline or 0.3 s after its FCP in the simulation (not gating)', () => {
    const lcp = (page: Figures) => checkPage('question', [page], [baseline]).find((c) => c.name === 'LCP');
    expect(lcp(waiting)).toMatchObject({ ok: false, gate: false });
    expect(lcp(waiting)?.value).toContain('2.27 ×');
    expect(checkPage('question', [waiting], [baseline]).find((c) => c.name === 'LCP after FCP (simulated)')).toMatchObject({ ok: false, gate: false });
    // LCP − FCP: 300 ms passes, 301 ms fails, whatever the ratio
    const lag = (lcpMs: number) => checkPage('question', [{ ...question, lcp: lcpMs }], [{ ...baseline, lcp: 2000 }]).find((c) => c.name === 'LCP after FCP (simulated)');
    expect(lag(1250)?.ok).toBe(true);
    expect(lag(1251)?.ok).toBe(false);
    // the limit itself: 1.3 × 1079 ms is 1402.7 ms
    expect(lcp({ ...question, lcp: 1402 })?.ok).toBe(true);
    expect(lcp({ ...question, lcp: 1403 })?.ok).toBe(false);
  });

  it('fail a page 100 KiB heavier with busy JavaScript on both kinds of budget', () => {
    const heavy: Figures = { ...baseline, performance: 70, tbt: 1200, lcp: 1900, totalBytes: 240 * 1024, requests: 9 };
    const checks = check('control', heavy);
    expect(names(failedGates(checks))).toEqual(['absolute transfer', 'relative TBT', 'relative performance']);
    expect(controlProblem(checks)).toBeNull();
  });

  it('scale the timing limits with the baseline measured in the same run', () => {
    const fast = { ...baseline, tbt: 40, performance: 100, lcp: 900 };
    // the same question page figures are too slow next to a fast bare page
    expect(names(failedGates(check('question', question, fast)))).toEqual(['relative TBT', 'relative performance']);
    expect(failedGates(check('question', { ...question, tbt: 110, performance: 95 }, fast))).toEqual([]);
    expect(failedGates(check('question', { ...question, tbt: 111, performance: 94 }, fast)).map((c) => c.name)).toEqual(['TBT', 'performance']);
  });

  it('compare each round with its own baseline, so load that comes and goes moves both sides', () => {
    // a busy spell hits the page alone in round 1 and both pages in round 3: the medians of each side alone
    // (page 1000 ms against 1.5 × 100 + 50 = 200 ms) would fail it; round by round, two of three rounds are in
    const base = [{ ...baseline, tbt: 100 }, { ...baseline, tbt: 100 }, { ...baseline, tbt: 900 }];
    const page = [{ ...question, tbt: 1000 }, { ...question, tbt: 180 }, { ...question, tbt: 1300 }];
    expect(failedGates(checkPage('question', page, base))).toEqual([]);
    expect(pairedRatio(page, base, 'tbt')).toBe('1.80 ×');
    // two rounds of three over their round's limit fail it
    const slow = [{ ...question, tbt: 1000 }, { ...question, tbt: 210 }, { ...question, tbt: 1300 }];
    expect(names(failedGates(checkPage('question', slow, base)))).toEqual(['relative TBT']);
  });

  it('hold the absolute limits whatever the baseline', () => {
    const bad = { ...question, accessibility: 98, bestPractices: 96, cls: 0.05, requests: 21, totalBytes: 151 * 1024 };
    expect(names(failedGates(check('question', bad)))).toEqual([
      'absolute CLS',
      'absolute accessibility',
      'absolute best practices',
      'absolute requests',
      'absolute transfer',
    ]);
    // the transfer budget is the question pages'; a landing page of that size passes
    expect(names(failedGates(check('landing', { ...question, totalBytes: 151 * 1024 })))).toEqual([]);
    expect(names(failedGates(check('assignment', { ...question, totalBytes: 151 * 1024 })))).toEqual(['absolute transfer']);
  });

  it('fail a check whose figure is missing instead of passing it', () => {
    expect(names(failedGates(check('question', { ...question, tbt: NaN, cls: NaN })))).toEqual(['absolute CLS', 'relative TBT']);
    expect(names(failedGates(checkPage('question', [question], [])))).toEqual(['relative TBT', 'relative performance']);
  });

  it('say when the control page slips through', () => {
    expect(controlProblem(check('control', { ...baseline, totalBytes: 240 * 1024 }))).toMatch(/passed every relative budget/);
    expect(controlProblem(check('control', baseline))).toMatch(/absolute and relative/);
  });
});
