import 'server-only';
// The content lint's table for a shipped quiz, for the teacher's guide: the same measures npm run content:lint
// prints, computed once per process (content does not change while the server runs).
import path from 'node:path';
import { loadFacts, type OutsideFact } from '@/content/lint/facts';
import { lintQuiz, tableRows } from '@/content/lint/lint';
import type { Quiz } from '@/content/schema';

const cache = globalThis as unknown as { claimcheckFacts?: Map<string, OutsideFact[]>; claimcheckLint?: Map<string, LintReport> };

export interface LintReport {
  rows: Array<[string, string]>;
  problems: Array<{ at: string; reason: string }>;
}

export function lintReport(quiz: Quiz): LintReport {
  cache.claimcheckFacts ??= loadFacts(path.join(process.cwd(), 'content'));
  cache.claimcheckLint ??= new Map();
  let report = cache.claimcheckLint.get(quiz.id);
  if (!report) {
    const { row, problems } = lintQuiz(quiz, cache.claimcheckFacts.get(quiz.article) ?? []);
    report = { rows: tableRows(row), problems };
    cache.claimcheckLint.set(quiz.id, report);
  }
  return report;
}
