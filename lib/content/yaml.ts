// Moving a quiz between instances: one YAML document holding the quiz and its article in the format of content/
// (the same fields as content/quizzes/*.yaml and content/articles/*.yaml). Pure functions; the server entry point
// that saves an import is importQuizYaml in lib/db/queries/content-import.ts.
import YAML from 'yaml';
import { z } from 'zod';
import type { Article, Quiz } from '@/content/schema';
import type { ContentProblem } from '@/content/validate';
import { checkQuiz, LINTERS, type CheckResult, type Linter } from './check';

export const YAML_FORMAT = 'claimcheck-quiz/1';
/** An import larger than this is refused before it is parsed. */
export const MAX_IMPORT_BYTES = 1_000_000;

const documentSchema = z.strictObject({ format: z.literal(YAML_FORMAT), article: z.unknown(), quiz: z.unknown() });

export function exportQuizYaml(quiz: Quiz, article: Article): string {
  return YAML.stringify({ format: YAML_FORMAT, article, quiz }, { lineWidth: 0 });
}

/** Parses, validates and lints an exported file; every problem is named with where it is. */
export function parseQuizYaml(text: string, linters: Linter[] = LINTERS): CheckResult {
  const fail = (message: string, path = '(file)'): CheckResult => ({ ok: false, problems: [{ file: 'import', path, message }] });
  if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) return fail(`is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB`);
  let raw: unknown;
  try {
    const doc = YAML.parseDocument(text);
    if (doc.errors.length > 0) return { ok: false, problems: doc.errors.map((e) => ({ file: 'import', path: '(file)', message: `cannot be parsed: ${e.message}` })) };
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail(`cannot be parsed: ${(error as Error).message}`);
  }
  const envelope = documentSchema.safeParse(raw);
  if (!envelope.success) {
    return {
      ok: false,
      problems: envelope.error.issues.map((i): ContentProblem => ({ file: 'import', path: i.path.join('.') || '(root)', message: i.message })),
    };
  }
  return checkQuiz(envelope.data.quiz, envelope.data.article, linters);
}
