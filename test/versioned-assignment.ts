// For tests of a teacher's quiz edited while students work: the fixture quiz published as an assignment, students
// who join it (their device cookie in `jar`), and an answer to its first item through the real answer route.
// The test file mocks next/headers with test/cookie-jar.ts.
import { POST } from '@/app/api/attempts/[attemptId]/items/[itemId]/route';
import { createAssignment } from '@/lib/db/queries/assignments';
import { startOrResumeAttempt } from '@/lib/db/queries/attempts';
import { createClass } from '@/lib/db/queries/classes';
import { createQuiz, saveArticle, setQuizStatus } from '@/lib/db/queries/content';
import { joinClass } from '@/lib/db/queries/students';
import { studentCookieName } from '@/lib/students/device-cookie';
import { contentFixture } from './content-fixtures';
import { jar } from './cookie-jar';
import { assignmentInput, createTestTeacher } from './db';


/** The student's answer to the fixture's classify item "worst-century", as their browser sends it. */
export const answerWorstCentury = (attemptId: string, status: string) =>
  POST(
    new Request(`http://127.0.0.1:3500/api/attempts/${attemptId}/items/worst-century`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:3500', host: '127.0.0.1:3500' },
      body: JSON.stringify({ response: { type: 'classify', status }, confidence: 'sure', clientSeq: 1 }),
    }),
    { params: Promise.resolve({ attemptId, itemId: 'worst-century' }) },
  );

/** A teacher's published fixture quiz (version 1, revision 2) set as an assignment with feedback after each question. */
export async function publishedFixtureAssignment() {
  const teacher = await createTestTeacher();
  const article = await saveArticle({ ownerId: teacher.id, article: contentFixture('articles', 'river-flood') });
  const body: Record<string, any> = { ...contentFixture('quizzes', 'river-flood-quiz'), article: article.id };
  const row = await createQuiz({ ownerId: teacher.id, quiz: body });
  await setQuizStatus({ ownerId: teacher.id, quizId: row.quiz.id, status: 'published' });
  const klass = await createClass({ teacherId: teacher.id, name: 'Class' });
  const assignment = await createAssignment({ teacherId: teacher.id, classId: klass.id, input: assignmentInput({ quizId: row.quiz.id, mode: 'each' }) });
  /** A student joins (this device's cookie set) and starts an attempt on the given version. */
  const startAs = async (displayName: string, quizVersion: number) => {
    const joined = await joinClass({ code: assignment.code, displayName });
    jar.set(studentCookieName(klass.id), joined.token);
    const { attempt } = await startOrResumeAttempt({ studentId: joined.student.id, assignmentId: assignment.id, maxScore: 2, quizVersion });
    return { student: joined.student, attempt };
  };
  return { teacher, body, row, assignment, startAs };
}
