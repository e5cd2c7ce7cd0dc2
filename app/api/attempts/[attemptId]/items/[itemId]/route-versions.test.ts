// A teacher's quiz edited while a student is working: the student's answers are graded on the version their
// attempt started on, never on the edit (here the edit changes the key of the item being answered).
import { describe, expect, it, vi } from 'vitest';
import { listAnswersForStudent } from '@/lib/db/queries/answers';
import { saveQuiz } from '@/lib/db/queries/content';
import { useTestDatabase } from '@/test/db';
import { answerWorstCentury as answer, publishedFixtureAssignment } from '@/test/versioned-assignment';

vi.mock('next/headers', async () => (await import('@/test/cookie-jar')).headersMock);

useTestDatabase();

describe('grading a teacher’s quiz across an edit', () => {
  it('scores on the attempt’s version; a new attempt is scored on the new one', async () => {
    const { teacher, body, row, startAs } = await publishedFixtureAssignment();
    const sam = await startAs('Sam', 1);

    // the author now says the key is "verified"
    const edited = structuredClone(body);
    edited.sections[0].items[0].key = 'verified';
    const saved = await saveQuiz({ ownerId: teacher.id, quizId: row.quiz.id, quiz: edited, expectedRevision: 2 });
    expect(saved.version).toBe(2);

    const reply = await answer(sam.attempt.id, 'claim');
    expect(reply.status).toBe(200);
    expect((await reply.json()).feedback.grade.score).toBe(1);
    const [stored] = await listAnswersForStudent({ studentId: sam.student.id, attemptId: sam.attempt.id });
    expect(stored).toMatchObject({ itemId: 'worst-century', score: 1 });

    const ana = await startAs('Ana', saved.version);
    const anas = await answer(ana.attempt.id, 'claim');
    expect((await anas.json()).feedback.grade.score).toBe(0);
  });
});
