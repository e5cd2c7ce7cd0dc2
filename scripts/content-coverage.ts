// npx tsx scripts/content-coverage.ts: for every article, which quiz items touch each sentence.
// Exits 1 naming each claim-bearing sentence that no item touches.
import path from 'node:path';
import { coverage } from '../content/coverage';
import { formatProblems, loadContent } from '../content/load';

const SHORT = 70;
const shorten = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

const root = path.resolve(process.env.CONTENT_DIR ?? 'content');
const { articles, quizzes, problems } = loadContent(root);
if (problems.length > 0) {
  console.warn(`warning: ${problems.length} content problem(s); coverage uses what loaded\n${formatProblems(problems)}\n`);
}

const gaps: string[] = [];
for (const article of articles.values()) {
  const own = [...quizzes.values()].filter((q) => q.article === article.id);
  const result = coverage(article, own);
  console.log(`${article.id} (${own.map((q) => q.id).join(', ') || 'no quizzes'})`);
  for (const s of result.sentences) {
    const touched = s.items.length > 0 ? s.items.join(', ') : s.claim ? '(no item)' : '(no claim)';
    console.log(`  ${s.id.padEnd(8)} ${shorten(s.text)}\n           ${touched}`);
  }
  for (const id of result.uncovered) gaps.push(`${article.id}: ${id}`);
  console.log('');
}

if (gaps.length > 0) {
  console.error(`uncovered claim-bearing sentence(s):\n  ${gaps.join('\n  ')}`);
  process.exit(1);
}
console.log('coverage ok: every claim-bearing sentence is touched by at least one item');
