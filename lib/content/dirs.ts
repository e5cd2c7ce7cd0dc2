import 'server-only';
// Where the running app reads content: content/, then any folders named in EXTRA_CONTENT_DIRS (separated like
// PATH), e.g. a school's own quizzes, or the test fixtures in the e2e run. Each folder holds articles/ and quizzes/.
import path from 'node:path';
import { loadContent, type ContentSet } from '@/content/load';
import { isFileId } from './row-ids';

export function contentDirs(): string[] {
  const extra = (process.env.EXTRA_CONTENT_DIRS ?? '')
    .split(path.delimiter)
    .map((d) => d.trim())
    .filter(Boolean);
  return [path.join(process.cwd(), 'content'), ...extra.map((d) => path.resolve(/*turbopackIgnore: true*/ d))];
}

/** Every folder's content in one set; an id used in two folders is a problem, as within one. */
export function loadContentDirs(dirs: string[] = contentDirs()): ContentSet {
  const out: ContentSet = { articles: new Map(), quizzes: new Map(), problems: [] };
  for (const dir of dirs) {
    const set = loadContent(dir);
    out.problems.push(...set.problems);
    for (const [kind, from, to] of [['article', set.articles, out.articles], ['quiz', set.quizzes, out.quizzes]] as const) {
      for (const [id, value] of from) {
        if (!isFileId(id)) out.problems.push({ file: path.relative(process.cwd(), dir), path: 'id', message: `${kind} id "${id}" uses a prefix kept for teachers' own ${kind === 'quiz' ? 'quizzes' : 'articles'}` });
        if (to.has(id)) out.problems.push({ file: path.relative(process.cwd(), dir), path: 'id', message: `${kind} id "${id}" is used in two content folders` });
        (to as Map<string, unknown>).set(id, value);
      }
    }
  }
  return out;
}
