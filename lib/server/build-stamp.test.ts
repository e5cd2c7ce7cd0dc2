import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearStamp, readStamp, skipFile, sourceHash, writeStamp } from './build-stamp.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A project folder outside any git checkout, so the walk of the tree is what lists the files. */
function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-stamp-'));
  dirs.push(root);
  const files: Record<string, string> = {
    'package-lock.json': '{"lockfileVersion":3}',
    'app/page.tsx': 'export default function Page() { return null; }',
    'content/quizzes/q.yaml': 'id: q',
    'docs/notes.md': '# notes',
    'lib/x.test.ts': 'it()',
    'e2e/a.spec.ts': 'test()',
  };
  for (const [rel, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), body);
  }
  return root;
}

describe('sourceHash', () => {
  it('changes when a source, a content file or the lockfile changes', () => {
    const root = project();
    const first = sourceHash(root);
    expect(sourceHash(root)).toBe(first);
    for (const [rel, body] of [['app/page.tsx', '// changed'], ['content/quizzes/new.yaml', 'id: new'], ['package-lock.json', '{}']]) {
      const before = sourceHash(root);
      fs.writeFileSync(path.join(root, rel!), body!);
      expect(sourceHash(root), rel).not.toBe(before);
    }
  });

  it('stays the same when only docs, tests, data or a previous build change', () => {
    const root = project();
    const first = sourceHash(root);
    fs.writeFileSync(path.join(root, 'docs/notes.md'), '# more notes');
    fs.writeFileSync(path.join(root, 'lib/x.test.ts'), 'it(2)');
    fs.writeFileSync(path.join(root, 'e2e/a.spec.ts'), 'test(2)');
    for (const dir of ['.next', 'data', 'node_modules/pkg']) {
      fs.mkdirSync(path.join(root, dir), { recursive: true });
      fs.writeFileSync(path.join(root, dir, 'file.js'), String(Math.random()));
    }
    expect(sourceHash(root)).toBe(first);
  });

  it('skips docs, tests and build output by path', () => {
    expect(['README.md', 'docs/x.json', 'lib/a.test.ts', 'e2e/x.ts', '.next/BUILD_ID', '.next-bench/x', 'next-env.d.ts'].every(skipFile)).toBe(true);
    expect(['app/page.tsx', 'public/sw.js', 'package-lock.json', 'next.config.js', 'content/articles/a.yaml'].some(skipFile)).toBe(false);
  });
});

describe('the stamp', () => {
  it('is read back as written, and gone once cleared', () => {
    const dist = project();
    expect(readStamp(dist)).toBeNull();
    writeStamp(dist, 'abc123');
    expect(readStamp(dist)).toBe('abc123');
    clearStamp(dist);
    expect(readStamp(dist)).toBeNull();
  });
});
