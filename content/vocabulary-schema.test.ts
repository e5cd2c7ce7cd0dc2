import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load';
import { MISCONCEPTIONS } from './misconceptions';
import confidences from './vocabulary/confidences.json';
import misconceptions from './vocabulary/misconceptions.json';
import statuses from './vocabulary/statuses.json';
import { VOCABULARY_FILES } from './vocabulary-schema';
import { CONFIDENCES, STATUSES } from './words';

describe('the content vocabulary (content/vocabulary/)', () => {
  it('is valid, and the word lists of the content format are read from it in file order', () => {
    expect(VOCABULARY_FILES.statuses.safeParse(statuses).success).toBe(true);
    expect(VOCABULARY_FILES.misconceptions.safeParse(misconceptions).success).toBe(true);
    expect(VOCABULARY_FILES.confidences.safeParse(confidences).success).toBe(true);
    expect(STATUSES).toEqual(['verified', 'claim', 'disputed', 'opinion']);
    expect(MISCONCEPTIONS).toEqual(Object.keys(misconceptions));
    expect(CONFIDENCES).toEqual(['sure', 'fairly', 'guessing']);
  });

  it('is checked by content:check: an entry without its text is named by file and field', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vocabulary-'));
    fs.mkdirSync(path.join(root, 'vocabulary'));
    const broken = { ...misconceptions, 'precise-number': { label: 'A precise number' } };
    fs.writeFileSync(path.join(root, 'vocabulary', 'misconceptions.json'), JSON.stringify(broken));
    fs.writeFileSync(path.join(root, 'vocabulary', 'statuses.json'), JSON.stringify(statuses));
    const { problems } = loadContent(root);
    expect(problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/vocabulary\/misconceptions\.json$/), path: 'precise-number.explain' }),
    ]);
    fs.rmSync(root, { recursive: true });
  });

  it('keeps the misconceptions out of what the question page ships: no module a student page loads imports them', () => {
    // the status words and confidences ride in the question page's JavaScript; the misconceptions' words, which only
    // results and teacher pages show, must not (a budget of 150 KiB, and they are a third of the vocabulary)
    for (const file of ['words.ts', '../lib/quiz/vocabulary.ts']) {
      // a value import (a type-only one is erased from the build)
      expect(fs.readFileSync(path.join(__dirname, file), 'utf8'), file).not.toMatch(/^import (?!type )[^;]*misconceptions/m);
    }
  });
});
