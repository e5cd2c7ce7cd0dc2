import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idSchema } from '@/content/fields';
import { formatProblems } from '@/content/load';
import { loadContentDirs } from './dirs';
import { fileIdSchema, isRowArticleId, isRowQuizId, newRowId, rowQuizIdSchema } from './row-ids';

describe('row ids', () => {
  it('are valid content ids in their own namespace', () => {
    const q = newRowId('quiz');
    const a = newRowId('article');
    expect(idSchema.safeParse(q).success && idSchema.safeParse(a).success).toBe(true);
    expect([isRowQuizId(q), isRowArticleId(a), isRowQuizId(a)]).toEqual([true, true, false]);
    expect(rowQuizIdSchema.safeParse(q).success).toBe(true);
    expect(newRowId('quiz')).not.toBe(q);
  });

  it('cannot be taken by a file', () => {
    expect(fileIdSchema.safeParse('paktika-practice').success).toBe(true);
    expect(fileIdSchema.safeParse(newRowId('quiz')).success).toBe(false);
    expect(fileIdSchema.safeParse('ta-anything').success).toBe(false);
  });
});

describe('a content folder', () => {
  it('may not ship a quiz or article with a row id', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-rowid-'));
    fs.cpSync(path.join(process.cwd(), 'test/fixtures/content'), dir, { recursive: true });
    const file = path.join(dir, 'quizzes', 'river-flood-quiz.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('id: river-flood-quiz', 'id: tq-river-flood'));
    const problems = formatProblems(loadContentDirs([dir]).problems);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(problems).toMatch(/quiz id "tq-river-flood" uses a prefix kept for teachers' own quizzes/);
  });
});
