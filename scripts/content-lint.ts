// npm run content:lint: the item-quality gate. Prints a table per quiz and fails naming each item and reason.
import path from 'node:path';
import { formatProblems, loadContent } from '../content/load';
import { loadFacts } from '../content/lint/facts';
import { formatTable, lintQuiz } from '../content/lint/lint';

const root = path.resolve(process.env.CONTENT_DIR ?? 'content');
const { quizzes, problems } = loadContent(root);
if (problems.length > 0) {
  console.error(`content is invalid; run npm run content:check\n${formatProblems(problems)}`);
  process.exit(1);
}
const facts = loadFacts(root);
const results = [...quizzes.values()].map((q) => ({ quiz: q.id, ...lintQuiz(q, facts.get(q.article) ?? []) }));
console.log(formatTable(results.map((r) => r.row)));
const failed = results.filter((r) => r.problems.length > 0);
for (const r of failed) {
  console.error(`\n${r.quiz}: ${r.problems.length} problem(s)`);
  for (const p of r.problems) console.error(`  ${p.at}: ${p.reason}`);
}
if (failed.length > 0) process.exit(1);
console.log(`content lint ok: ${results.length} quiz(zes)`);
