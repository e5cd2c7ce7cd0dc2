import 'server-only';
// The content lint's table for a shipped quiz, for the teacher's guide: the same measures npm run content:lint
// prints, computed once per process (content does not change while the server runs).
import path from 'node:path';
import { loadFacts, type OutsideFact } from '@/content/lint/facts';
import { getLocale, getTranslations } from 'next-intl/server';
import { lintQuiz, tableRows, type LintWords } from '@/content/lint/lint';
import type { Quiz } from '@/content/schema';

const cache = globalThis as unknown as { claimcheckFacts?: Map<string, OutsideFact[]>; claimcheckLint?: Map<string, LintReport> };

export interface LintReport {
  rows: Array<[string, string]>;
  problems: Array<{ at: string; reason: string }>;
}

/** The lint's words in the request's language. */
export async function requestLintWords(): Promise<LintWords> {
  const [lint, teacher] = await Promise.all([getTranslations('lint'), getTranslations('items.teacher')]);
  return { lint, teacher };
}

/** The report in the request's language, computed once per quiz and language. */
export async function lintReport(quiz: Quiz): Promise<LintReport> {
  cache.claimcheckFacts ??= loadFacts(path.join(process.cwd(), 'content'));
  cache.claimcheckLint ??= new Map();
  const key = `${await getLocale()}:${quiz.id}`;
  let report = cache.claimcheckLint.get(key);
  if (!report) {
    const words = await requestLintWords();
    const { row, problems } = lintQuiz(quiz, cache.claimcheckFacts.get(quiz.article) ?? [], words);
    report = { rows: tableRows(row, words), problems };
    cache.claimcheckLint.set(key, report);
  }
  return report;
}
