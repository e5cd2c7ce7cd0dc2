// npm run content:lint: the item-quality gate. Prints a table per quiz and fails naming each item and reason.
import path from 'node:path';
import { formatProblems, loadContent } from '../content/load';
import { loadFacts } from '../content/lint/facts';
import { formatTable, lessonsTogether, lintQuiz } from '../content/lint/lint';

const root = path.resolve(process.env.CONTENT_DIR ?? 'content');
const { quizzes, problems } = loadContent(root);
if (problems.length > 0) {
  console.error(`content is invalid; run npm run content:check\n${formatProblems(problems)}`);
  process.exit(1);
}
const facts = loadFacts(root);
// every quiz, then each series of lessons on one article taken together
const all = [...quizzes.values(), ...lessonsTogether([...quizzes.values()])];
const results = all.map((q) => ({ quiz: q.id, ...lintQuiz(q, facts.get(q.article) ?? []) }));
console.log(formatTable(results.map((r) => r.row)));
const failed = results.filter((r) => r.problems.length > 0);
for (const r of failed) {
  console.error(`\n${r.quiz}: ${r.problems.length} problem(s)`);
  for (const p of r.problems) console.error(`  ${p.at}: ${p.reason}`);
}
if (failed.length > 0) process.exit(1);
console.log(`content lint ok: ${quizzes.size} quiz(zes), ${results.length - quizzes.size} series of lessons`);
