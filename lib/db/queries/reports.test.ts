import { describe, expect, it } from 'vitest';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { saveAnswer } from './answers';
import { createAssignment } from './assignments';
import { startOrResumeAttempt, submitAttempt } from './attempts';
import { createClass } from './classes';
import { getAssignmentReportData, getStudentReportData } from './reports';
import { joinClass } from './students';

useTestDatabase();

async function seedClassWithAnswers() {
  const teacher = await createTestTeacher('Owner');
  const other = await createTestTeacher('Other');
  const klass = await createClass({ teacherId: teacher.id, name: '9B' });
  const assignment = await createAssignment({ teacherId: teacher.id, classId: klass.id, input: assignmentInput({ quizId: 'paktika-practice' }) });
  const { student: sam } = await joinClass({ code: assignment.code, displayName: 'Sam' });
  const { student: ana } = await joinClass({ code: assignment.code, displayName: 'Ana' });
  const { attempt } = await startOrResumeAttempt({ studentId: sam.id, assignmentId: assignment.id, maxScore: 38 });
  const save = (itemId: string, response: unknown, score: number, clientSeq: number) =>
    saveAnswer({ studentId: sam.id, attemptId: attempt.id, itemId, response, score, maxScore: 1, clientSeq, confidence: 'sure' });
  await save('source-behind-71', { type: 'single', choice: 'b' }, 0, 1);
  await save('numbers-71-militants', { type: 'classify', status: 'claim' }, 1, 2);
  await submitAttempt({ studentId: sam.id, attemptId: attempt.id });
  return { teacher, other, klass, assignment, sam, ana, attempt };
}

describe('report queries', () => {
  it('load students, attempts and answers for the owner', async () => {
    const { teacher, assignment, attempt } = await seedClassWithAnswers();
    const data = await getAssignmentReportData({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(data?.assignment.id).toBe(assignment.id);
    expect(data?.students.map((s) => s.displayName)).toEqual(['Ana', 'Sam']);
    expect(data?.attempts).toHaveLength(1);
    expect(data?.attempts[0]).toMatchObject({ id: attempt.id, number: 1, submittedAt: expect.any(Date) });
    expect(data?.attempts[0]?.answers.map((a) => [a.itemId, a.score, a.confidence])).toEqual([
      ['source-behind-71', 0, 'sure'],
      ['numbers-71-militants', 1, 'sure'],
    ]);
  });

  it('give another teacher nothing: null for the assignment and for its students', async () => {
    const { other, assignment, sam } = await seedClassWithAnswers();
    expect(await getAssignmentReportData({ teacherId: other.id, assignmentId: assignment.id })).toBeNull();
    expect(await getStudentReportData({ teacherId: other.id, assignmentId: assignment.id, studentId: sam.id })).toBeNull();
  });

  it('load one student, and refuse a student of another class or a malformed id', async () => {
    const { teacher, assignment, sam, ana } = await seedClassWithAnswers();
    const one = await getStudentReportData({ teacherId: teacher.id, assignmentId: assignment.id, studentId: sam.id });
    expect(one?.student.displayName).toBe('Sam');
    expect(one?.attempts[0]?.answers).toHaveLength(2);
    const none = await getStudentReportData({ teacherId: teacher.id, assignmentId: assignment.id, studentId: ana.id });
    expect(none).toMatchObject({ student: { displayName: 'Ana' }, attempts: [] });
    const elsewhere = await seedClassWithAnswers();
    expect(await getStudentReportData({ teacherId: teacher.id, assignmentId: assignment.id, studentId: elsewhere.sam.id })).toBeNull();
    expect(await getStudentReportData({ teacherId: teacher.id, assignmentId: assignment.id, studentId: 'nope' })).toBeNull();
    expect(await getAssignmentReportData({ teacherId: teacher.id, assignmentId: 'not-a-uuid' })).toBeNull();
  });
});
