// docs/exports.md and the README inside every export say the same thing about what each format loses.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportQuiz } from './index';
import { COMMON_LOSSES, FORMATS, typeLosses } from './losses';
import { buildReadme } from './readme';
import { exportedQuizzes } from './test-support';

const docs = fs.readFileSync(path.join(__dirname, '../../docs/exports.md'), 'utf8');

describe.each(FORMATS)('what %s cannot carry', (format) => {
  const losses = [...COMMON_LOSSES[format], ...typeLosses(format).flatMap((t) => t.losses)];
  it('is listed in docs/exports.md', () => {
    for (const l of losses) expect(docs, l).toContain(l);
  });
  it('is listed in the README of the export, with the misconception behind each tagged option', () => {
    const { quiz } = exportedQuizzes().find((q) => q.quiz.id === 'hostile-quiz')!;
    const readme = buildReadme(quiz, format);
    for (const l of losses) expect(readme, l).toContain(l);
    expect(readme).toContain('(writer-verb)');
    expect(readme).toContain('(photo-proves-caption)');
  });
});

describe('the whole shipped bank', () => {
  it('exports to all four formats, and the same quiz always to the same bytes', () => {
    for (const { quiz, article } of exportedQuizzes()) {
      for (const format of FORMATS) {
        const a = exportQuiz(quiz, article, format);
        expect(a.body.length).toBeGreaterThan(1000);
        expect(Buffer.from(exportQuiz(quiz, article, format).body).equals(Buffer.from(a.body))).toBe(true);
      }
    }
  });
});
