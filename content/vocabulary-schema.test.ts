import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load';
import vocabulary from './vocabulary.json';
import { vocabularySchema } from './vocabulary-schema';
import { CONFIDENCES, MISCONCEPTIONS, STATUSES } from './words';

describe('the content vocabulary (content/vocabulary.json)', () => {
  it('is valid, and the word lists of the content format are read from it in file order', () => {
    expect(vocabularySchema.safeParse(vocabulary).success).toBe(true);
    expect(STATUSES).toEqual(['verified', 'claim', 'disputed', 'opinion']);
    expect(MISCONCEPTIONS).toEqual(Object.keys(vocabulary.misconceptions));
    expect(CONFIDENCES).toEqual(['sure', 'fairly', 'guessing']);
  });

  it('is checked by content:check: an entry without its text is named by file and field', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vocabulary-'));
    const broken = { ...vocabulary, misconceptions: { ...vocabulary.misconceptions, 'precise-number': { label: 'A precise number' } } };
    fs.writeFileSync(path.join(root, 'vocabulary.json'), JSON.stringify(broken));
    const { problems } = loadContent(root);
    expect(problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/vocabulary\.json$/), path: 'misconceptions.precise-number.explain' }),
    ]);
    fs.rmSync(root, { recursive: true });
  });
});
