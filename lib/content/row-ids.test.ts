import { describe, expect, it } from 'vitest';
import { idSchema } from '@/content/fields';
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
