// Reads every article and quiz file under a content dir and validates them. No caching here: see lib/content.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { articleSchema, quizSchema, type Article, type Quiz } from './schema';
import { validateArticle, validateQuiz, type ContentProblem } from './validate';
import { VOCABULARY_FILES } from './vocabulary-schema';

export interface ContentSet {
  articles: Map<string, Article>;
  quizzes: Map<string, Quiz>;
  problems: ContentProblem[];
}

const DATA_FILE = /\.(ya?ml|json)$/;

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => DATA_FILE.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

function parseFile<T>(file: string, schema: z.ZodType<T>, rel: string, problems: ContentProblem[]): T | undefined {
  let raw: unknown;
  try {
    const source = fs.readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(source) : YAML.parse(source);
  } catch (error) {
    problems.push({ file: rel, path: '(file)', message: `cannot be parsed: ${(error as Error).message}` });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file: rel, path: issue.path.join('.') || '(root)', message: issue.message });
    }
    return undefined;
  }
  return result.data;
}

export function loadContent(root: string): ContentSet {
  const problems: ContentProblem[] = [];
  const articles = new Map<string, Article>();
  const quizzes = new Map<string, Quiz>();
  const rel = (f: string) => path.relative(process.cwd(), f);
  // the status words and misconceptions the app shows (content/vocabulary/; a test content dir may have none)
  for (const [name, schema] of Object.entries(VOCABULARY_FILES) as Array<[string, z.ZodType]>) {
    const file = path.join(root, 'vocabulary', `${name}.json`);
    if (fs.existsSync(file)) parseFile(file, schema, rel(file), problems);
  }
  for (const file of listFiles(path.join(root, 'articles'))) {
    const article = parseFile(file, articleSchema, rel(file), problems);
    if (!article) continue;
    if (articles.has(article.id)) problems.push({ file: rel(file), path: 'id', message: `article id "${article.id}" is used twice` });
    problems.push(...validateArticle(article, rel(file)));
    articles.set(article.id, article);
  }
  for (const file of listFiles(path.join(root, 'quizzes'))) {
    const quiz = parseFile(file, quizSchema, rel(file), problems);
    if (!quiz) continue;
    if (quizzes.has(quiz.id)) problems.push({ file: rel(file), path: 'id', message: `quiz id "${quiz.id}" is used twice` });
    problems.push(...validateQuiz(quiz, articles.get(quiz.article), rel(file)));
    quizzes.set(quiz.id, quiz);
  }
  return { articles, quizzes, problems };
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n');
}
