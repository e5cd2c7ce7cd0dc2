// npm run content:check: validates every article and quiz under content/ (or CONTENT_DIR) and names each problem.
import fs from 'node:fs';
import path from 'node:path';
import { formatProblems, loadContent } from '../content/load';
import { parseLexicon } from '../lib/authoring/lexicon-file';

const root = path.resolve(process.env.CONTENT_DIR ?? 'content');
const { articles, quizzes, problems } = loadContent(root);
if (problems.length > 0) {
  console.error(`content check failed: ${problems.length} problem(s)\n${formatProblems(problems)}`);
  process.exit(1);
}
// the claim assistant's lexicon of loaded words, hedges and reporting verbs: authors edit it too
const lexiconFile = path.join(root, 'authoring', 'lexicon.yaml');
if (fs.existsSync(lexiconFile)) {
  const lexicon = parseLexicon(fs.readFileSync(lexiconFile, 'utf8'), path.relative(process.cwd(), lexiconFile));
  if (!lexicon.ok) {
    console.error(`content check failed: the lexicon\n${lexicon.problems.join('\n')}`);
    process.exit(1);
  }
}
const items = [...quizzes.values()].reduce((n, q) => n + q.sections.reduce((m, s) => m + s.items.length, 0), 0);
console.log(`content ok: ${articles.size} article(s), ${quizzes.size} quiz(zes), ${items} item(s)`);
