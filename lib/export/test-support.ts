// For the export tests only: every quiz the tests export (the shipped bank and the hostile-text fixture), the
// schema dir, and xmllint. Not imported by the app.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblems, loadContent } from '@/content/load';
import type { Article, Quiz } from '@/content/schema';

const repo = path.resolve(__dirname, '../..');

export function exportedQuizzes(): Array<{ quiz: Quiz; article: Article | undefined }> {
  const out: Array<{ quiz: Quiz; article: Article | undefined }> = [];
  for (const dir of ['content', 'test/fixtures/export']) {
    const set = loadContent(path.join(repo, dir));
    if (set.problems.length) throw new Error(formatProblems(set.problems));
    for (const quiz of set.quizzes.values()) out.push({ quiz, article: set.articles.get(quiz.article) });
  }
  return out;
}

/** The official 1EdTech schemas: QTI_SCHEMA_DIR, else ../shared/qti beside the repo. Missing is an error, not a skip. */
export function schemaDir(): string {
  const dir = path.resolve(repo, process.env.QTI_SCHEMA_DIR ?? '../shared/qti');
  if (!fs.existsSync(path.join(dir, 'v3p0/imsqti_asiv3p0_sbacv1p0_v1p0.xsd'))) {
    throw new Error(`QTI schemas not found in ${dir}: set QTI_SCHEMA_DIR to the folder of 1EdTech's schemas (see docs/exports.md)`);
  }
  return dir;
}

export const SCHEMAS = {
  qti3: 'v3p0/imsqti_asiv3p0_sbacv1p0_v1p0.xsd',
  qti3Manifest: 'v3p0/imsqtiv3p0_imscpv1p2_v1p0.xsd',
  qti21: 'v2p1/imsqti_v2p1.xsd',
  qti21Manifest: 'imscp_v1p1.xsd',
} as const;

export interface LintResult {
  ok: boolean;
  output: string;
}

/** xmllint --nonet over files, against a schema when given; ok only when every file validates. */
export function xmllint(files: string[], schema?: string): LintResult {
  const args = ['--noout', '--nonet', ...(schema ? ['--schema', path.join(schemaDir(), schema)] : []), ...files];
  const run = spawnSync('xmllint', args, { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint could not run (${run.error.message}): apt-get install libxml2-utils`);
  const output = `${run.stdout}${run.stderr}`;
  const validated = files.every((f) => !schema || output.includes(`${f} validates`));
  return { ok: run.status === 0 && validated, output };
}

/** Writes files (name -> text) into a fresh temporary dir and returns their paths by name. */
const temps: string[] = [];

/** For afterAll: the temporary dirs writeTemp made. */
export function removeTemps() {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function writeTemp(files: Map<string, string>, label: string): { dir: string; paths: Map<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `claimcheck-${label}-`));
  temps.push(dir);
  const paths = new Map<string, string>();
  for (const [name, text] of files) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    paths.set(name, file);
  }
  return { dir, paths };
}
