// The language library (wink-nlp and its model, about 4.6 MB) and the HTML tokenizer load only on authoring pages:
// only lib/authoring imports them, and only authoring code imports lib/authoring. Student pages' budgets have no
// room for them; this test fails the moment a student page, a shared lib module or a shared component reaches in.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const LANGUAGE_PACKAGES = /^(?:wink-nlp|wink-eng-lite-web-model|htmlparser2)(?:\/|$)/;
const SOURCE = /\.(?:ts|tsx|js|mjs|cjs)$/;
const SKIP_DIRS = new Set(['node_modules', '.next', '.git', 'data', 'test-results', 'playwright-report']);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.next') || SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (SOURCE.test(entry.name)) out.push(full);
  }
  return out;
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) found.push(m[1]!);
  return found;
}

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');
const isAuthoringModule = (spec: string, from: string) =>
  /(?:^@\/|^)lib\/authoring(?:\/|$)/.test(spec) || (spec.startsWith('.') && rel(path.resolve(path.dirname(from), spec)).startsWith('lib/authoring'));
// where authoring code may live: the authoring lib, its UI (components/authoring), teacher pages, scripts and tests
const mayUseAuthoring = (file: string) => /^(?:lib\/authoring|components\/authoring|app\/\(teacher\)|scripts|e2e)\//.test(file);

const files = ['app', 'components', 'lib', 'content', 'scripts', 'e2e'].flatMap((d) => (fs.existsSync(path.join(ROOT, d)) ? walk(path.join(ROOT, d)) : []));

describe('the language library stays on the authoring side', () => {
  it('only lib/authoring imports wink-nlp, its model or htmlparser2', () => {
    const offenders = files.filter((f) => !rel(f).startsWith('lib/authoring/') && imports(f).some((s) => LANGUAGE_PACKAGES.test(s)));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('no student page, shared lib module, shared component or content file imports lib/authoring', () => {
    const offenders = files.filter((f) => !mayUseAuthoring(rel(f)) && imports(f).some((s) => isAuthoringModule(s, f)));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('sees an import when there is one (the scan itself works)', () => {
    expect(imports(path.join(__dirname, 'nlp.ts'))).toContain('wink-nlp');
    expect(files.some((f) => rel(f) === 'scripts/authoring-accuracy.ts' && imports(f).some((s) => isAuthoringModule(s, f)))).toBe(true);
  });
});
