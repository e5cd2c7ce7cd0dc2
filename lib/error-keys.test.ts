// Message keys the typecheck cannot see: a zod schema's message, and a `'ns.key'` constant, are plain strings. Every
// one written in the code must be in the errors catalogue, or a reader would get the general sentence (or a 500).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import errorsEn from '@/messages/en/errors.json';
import { isErrorKey, issueMessage } from './error-issues';

const NAMESPACES = Object.keys(errorsEn).join('|');
const KEY_LITERAL = new RegExp(`['"\`]((?:${NAMESPACES})\\.[A-Za-z_]+(?:\\.[A-Za-z_]+)*)['"\`]`, 'g');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const at = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(at);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [at] : [];
  });
}

describe('error message keys in the code', () => {
  it('are all in messages/en/errors.json', () => {
    const missing: string[] = [];
    for (const file of [...sources('lib'), ...sources('app')]) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(KEY_LITERAL)) {
        const before = text.slice(Math.max(0, match.index - 40), match.index);
        // getTranslations('admin.invite') names a namespace of the UI's messages, not an error; t('student.line'),
        // t.rich(…) and (await getTranslations('reports'))('student.metaTitle') are keys of another namespace; and a
        // key named in a comment is not a key in the code
        if (before.endsWith('Translations(')) continue;
        if (/(?:\bt[A-Za-z]*(?:\.(?:rich|has|markup|raw))?|\))\($/.test(before)) continue;
        const lineStart = text.lastIndexOf('\n', match.index) + 1;
        if (/^\s*(?:\/\/|\*|\/\*\*)/.test(text.slice(lineStart, match.index))) continue;
        if (match[1] && !isErrorKey(match[1])) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the check itself tells a key from a namespace or a missing leaf', () => {
    expect(isErrorKey('class.nameRequired')).toBe(true);
    expect(isErrorKey('auth.passwordTooShort')).toBe(true); // has an argument: compiled, not a string
    expect(isErrorKey('class')).toBe(false);
    expect(isErrorKey('class.nameRequiredd')).toBe(false);
    expect(isErrorKey('toString')).toBe(false);
  });

  it('a zod message that is a key carries the limits as values; any other keeps its English', () => {
    expect(issueMessage({ code: 'too_big', message: 'class.nameTooLong', path: ['name'], maximum: 80 })).toMatchObject({ key: 'class.nameTooLong', values: { maximum: 80 } });
    expect(issueMessage({ code: 'too_big', message: 'Too big: expected <=3', path: [], maximum: 3 })).toMatchObject({ key: 'zod.too_big', english: 'Too big: expected <=3' });
    expect(issueMessage({ code: 'custom', message: 'nope', path: [] })).toMatchObject({ key: 'zod.other' });
  });
});
