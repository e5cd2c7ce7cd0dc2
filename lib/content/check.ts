// The one check a teacher's quiz passes before it is saved, imported or published: the zod schema of content/,
// the content check (content/validate.ts), sentence coverage and the item-quality gate (content/lint/lint.ts),
// exactly as for the shipped files. Pure but for the outside facts, read once from content/facts/.
import type { z } from 'zod';
import { coverage, type Coverage } from '@/content/coverage';
import { lintQuiz } from '@/content/lint/lint';
import { articleSchema, quizSchema, type Article, type Quiz } from '@/content/schema';
import { validateArticle, validateQuiz, type ContentProblem } from '@/content/validate';
import { outsideFacts } from './outside-facts';

export type Linter = (quiz: Quiz, article: Article) => ContentProblem[];

/** The item-quality gate: every finding of lintQuiz is a problem, named by the item and part it is about. */
export const qualityLint: Linter = (quiz, article) =>
  lintQuiz(quiz, outsideFacts(article.id)).problems.map((p) => ({ file: 'quiz', path: p.at, message: `quality: ${p.reason}` }));

/** The quality-lint rules run on every teacher quiz saved, imported or published. */
export const LINTERS: Linter[] = [qualityLint];

export type CheckResult =
  | { ok: true; quiz: Quiz; article: Article; coverage: Coverage; problems: [] }
  | { ok: false; problems: ContentProblem[] };

function parse<T>(schema: z.ZodType<T>, raw: unknown, file: string, problems: ContentProblem[]): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file, path: issue.path.join('.') || '(root)', message: issue.message });
  return undefined;
}

/**
 * Parses and checks a quiz with its article. A teacher's quiz is an assessment unless its author says otherwise:
 * with no `use`, it is `assessment` (a shipped file's default, `practice`, would make its key public).
 */
export function checkQuiz(rawQuiz: unknown, rawArticle: unknown, linters: Linter[] = LINTERS): CheckResult {
  const problems: ContentProblem[] = [];
  const withUse = rawQuiz && typeof rawQuiz === 'object' && !Array.isArray(rawQuiz) ? { use: 'assessment', ...rawQuiz } : rawQuiz;
  const article = parse(articleSchema, rawArticle, 'article', problems);
  const quiz = parse(quizSchema, withUse, 'quiz', problems);
  if (article) problems.push(...validateArticle(article, 'article'));
  if (quiz && article && quiz.article !== article.id) {
    problems.push({ file: 'quiz', path: 'article', message: `the quiz names article "${quiz.article}" but the article is "${article.id}"` });
  }
  if (quiz && article && problems.length === 0) problems.push(...validateQuiz(quiz, article, 'quiz'));
  if (quiz && article && problems.length === 0) for (const lint of linters) problems.push(...lint(quiz, article));
  if (!quiz || !article || problems.length > 0) return { ok: false, problems };
  return { ok: true, quiz, article, coverage: coverage(article, [quiz]), problems: [] };
}
