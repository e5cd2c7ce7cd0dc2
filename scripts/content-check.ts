// npm run content:check: validates every article and quiz under content/ (or CONTENT_DIR) and names each problem.
import path from 'node:path';
import { formatProblems, loadContent } from '../content/load';

const root = path.resolve(process.env.CONTENT_DIR ?? 'content');
const { articles, quizzes, problems } = loadContent(root);
if (problems.length > 0) {
  console.error(`content check failed: ${problems.length} problem(s)\n${formatProblems(problems)}`);
  process.exit(1);
}
const items = [...quizzes.values()].reduce((n, q) => n + q.sections.reduce((m, s) => m + s.items.length, 0), 0);
console.log(`content ok: ${articles.size} article(s), ${quizzes.size} quiz(zes), ${items} item(s)`);
