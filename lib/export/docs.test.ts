// docs/exports.md shows every registered type's mapping row and losses as its export.ts says them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES } from '@/question-types/lookup';
import { writeExportsDoc } from './docs';

const doc = fs.readFileSync(path.join(__dirname, '../../docs/exports.md'), 'utf8');

describe('docs/exports.md', () => {
  it('is what npm run docs:exports writes from the types (run it after changing a type export.ts)', () => {
    expect(writeExportsDoc(doc)).toBe(doc);
  });
  it('has a mapping row for every registered type', () => {
    for (const type of ITEM_TYPES) expect(doc).toMatch(new RegExp(`^\\| \`${type}\` \\|`, 'm'));
  });
  it('refuses a doc without its generated blocks, rather than dropping them', () => {
    expect(() => writeExportsDoc('# no blocks')).toThrow(/no "<!-- mapping/);
  });
});
