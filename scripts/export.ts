// npm run export -- <quiz id> --format qti3|qti21|moodle|gift [--out FILE]
// npm run export -- --all [--format F] [--out DIR]   every quiz (in every format unless --format), timed
// Reads content/ (or CONTENT_DIR) with the same loader as the app and refuses invalid content.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems, loadContent } from '../content/load';
import { exportQuiz, FORMATS, type Format } from '../lib/export';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, all: { type: 'boolean' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\nusage: npm run export -- <quiz> --format ${FORMATS.join('|')} [--out FILE]`);
  }
})();

const format = values.format as Format | undefined;
if (format !== undefined && !FORMATS.includes(format)) fail(`unknown format "${format}": use one of ${FORMATS.join(', ')}`);
const root = path.resolve(process.env.CONTENT_DIR ?? 'content');
const { articles, quizzes, problems } = loadContent(root);
if (problems.length > 0) fail(`content under ${root} is invalid:\n${formatProblems(problems)}`);

if (values.all) {
  const dir = path.resolve(values.out ?? 'exports');
  fs.mkdirSync(dir, { recursive: true });
  const formats = format ? [format] : FORMATS;
  const started = performance.now();
  let bytes = 0;
  const files = [...quizzes.values()].flatMap((quiz) =>
    formats.map((f) => {
      const file = exportQuiz(quiz, articles.get(quiz.article), f);
      bytes += file.body.length;
      return file;
    }),
  );
  const ms = performance.now() - started;
  for (const file of files) fs.writeFileSync(path.join(dir, file.filename), file.body);
  console.log(`exported ${quizzes.size} quiz(zes) x ${formats.length} format(s): ${files.length} files, ${bytes} bytes in ${ms.toFixed(0)} ms (writing excluded) -> ${dir}`);
} else {
  const quizId = positionals[0];
  if (!quizId) fail(`usage: npm run export -- <quiz> --format ${FORMATS.join('|')} [--out FILE]\nquizzes: ${[...quizzes.keys()].join(', ')}`);
  const quiz = quizzes.get(quizId);
  if (!quiz) fail(`no quiz "${quizId}" under ${root}; quizzes: ${[...quizzes.keys()].join(', ')}`);
  if (!format) fail(`--format is required: ${FORMATS.join(', ')}`);
  const file = exportQuiz(quiz, articles.get(quiz.article), format);
  const out = path.resolve(values.out ?? file.filename);
  fs.writeFileSync(out, file.body);
  console.log(`wrote ${out} (${file.body.length} bytes)`);
}
