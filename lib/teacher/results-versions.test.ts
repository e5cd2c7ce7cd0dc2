// The whole-assignment report of a teacher's quiz edited after students answered: each attempt is read against the
// version it started on, so the report of the older attempts is what it was before the edit (their marks, their
// right answers counted as right), while a new attempt is reported against the new version.
import { describe, expect, it, vi } from 'vitest';
import { saveQuiz } from '@/lib/db/queries/content';
import { answersCsv } from '@/lib/reports/csv';
import { useTestDatabase } from '@/test/db';
import { answerWorstCentury as answer, publishedFixtureAssignment } from '@/test/versioned-assignment';
import { loadAssignmentResults } from './results';

vi.mock('next/headers', async () => (await import('@/test/cookie-jar')).headersMock);

useTestDatabase();

describe('the assignment report across a new version of its quiz', () => {
  it('reports each attempt against its own version: the old attempts’ report does not change', async () => {
    const { teacher, body, row, assignment, startAs } = await publishedFixtureAssignment();
    const first = await startAs('Sam', 1);
    expect((await answer(first.attempt.id, 'claim')).status).toBe(200);

    const load = async () => (await loadAssignmentResults({ teacherId: teacher.id, assignmentId: assignment.id }))!;
    const before = await load();
    const samBefore = before.report.students.find((s) => s.displayName === 'Sam');
    const questionBefore = before.report.questions.find((q) => q.itemId === 'worst-century')!;
    expect(questionBefore.options?.find((o) => o.id === 'claim')).toMatchObject({ isKey: true, count: 1 });

    // the author then says the key is "verified": version 2, since Sam's attempt started on version 1
    const edited = structuredClone(body);
    edited.sections[0].items[0].key = 'verified';
    expect((await saveQuiz({ ownerId: teacher.id, quizId: row.quiz.id, quiz: edited, expectedRevision: 2 })).version).toBe(2);

    const after = await load();
    expect(after.report.students.find((s) => s.displayName === 'Sam')).toEqual(samBefore);
    const question = after.report.questions.find((q) => q.itemId === 'worst-century')!;
    expect({ facility: question.facility, mostCommonWrong: question.mostCommonWrong, confidentlyWrong: question.confidentlyWrong }).toEqual({
      facility: questionBefore.facility,
      mostCommonWrong: questionBefore.mostCommonWrong,
      confidentlyWrong: questionBefore.confidentlyWrong,
    });
    // Sam's "claim" was the key of Sam's version: counted as a right answer, not as the new version's wrong one
    expect(question.options?.filter((o) => o.count > 0)).toEqual([expect.objectContaining({ id: 'claim', isKey: true, count: 1 })]);
    expect(after.report.misconceptions).toEqual(before.report.misconceptions);

    // a student starting now is on version 2, and reported against it
    const second = await startAs('Ana', 2);
    expect((await answer(second.attempt.id, 'claim')).status).toBe(200);
    const both = await load();
    const counted = both.report.questions.find((q) => q.itemId === 'worst-century')!.options!.filter((o) => o.count > 0);
    expect(counted).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'claim', isKey: true, count: 1 }), expect.objectContaining({ id: 'claim', isKey: false, count: 1 })]),
    );
    expect(both.report.students.find((s) => s.displayName === 'Sam')).toMatchObject({ score: 1 });
    expect(both.report.students.find((s) => s.displayName === 'Ana')).toMatchObject({ score: 0 });
    // the answers CSV reads each answer against its own version too
    const csv = answersCsv(both.quiz, both.data.students, both.data.attempts, both.versions);
    expect(csv).toMatch(/Sam,1,no,1,worst-century/);
  });
});
