// What the library page lists for a teacher: their own quizzes at any status, other teachers' shared ones (with the
// sharer's name), never another teacher's private quiz; and the shipped files.
import { describe, expect, it } from 'vitest';
import { setQuizVisibility } from '@/lib/db/queries/content';
import { ownFixtureQuiz } from '@/test/content-fixtures';
import { createTestTeacher, useTestDatabase } from '@/test/db';
import { libraryFor } from './catalog';

useTestDatabase();

describe('libraryFor', () => {
  it('lists own, shared-by-others and shipped quizzes, and never another teacher’s private one', async () => {
    const mine = await ownFixtureQuiz();
    const shared = await ownFixtureQuiz();
    const hidden = await ownFixtureQuiz();
    await setQuizVisibility({ ownerId: shared.owner.id, quizId: shared.row.quiz.id, visibility: 'library' });

    const list = await libraryFor(mine.owner.id);
    expect(list.own.map((q) => [q.id, q.origin, q.status, q.visibility, q.version, q.itemCount])).toEqual([[mine.row.quiz.id, 'own', 'draft', 'private', 1, 2]]);
    expect(list.library.map((q) => [q.id, q.ownerName])).toEqual([[shared.row.quiz.id, 'Teacher']]);
    const everyId = [...list.own, ...list.library, ...list.shipped].map((q) => q.id);
    expect(everyId).not.toContain(hidden.row.quiz.id);
    expect(list.shipped.map((q) => q.id)).toContain('paktika-practice');
    expect(list.shipped.every((q) => q.origin === 'shipped' && q.status === undefined)).toBe(true);

    // the sharer does not see their own quiz among the library's
    expect((await libraryFor(shared.owner.id)).library).toEqual([]);
    expect((await libraryFor((await createTestTeacher()).id)).own).toEqual([]);
  });
});
