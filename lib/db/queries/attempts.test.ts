import { describe, expect, it } from 'vitest';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { listAnswersForStudent, listAnswersForTeacher, saveAnswer, setSelfRating, setTeacherRating } from './answers';
import { closeAssignment, createAssignment } from './assignments';
import {
  attemptDeadline,
  getAttemptForStudent,
  getAttemptForTeacher,
  listAttemptsForAssignment,
  SAVE_GRACE_MS,
  startOrResumeAttempt,
  submitAttempt,
} from './attempts';
import { createClass } from './classes';
import { joinClass, setStudentTimeFactor } from './students';

useTestDatabase();

async function setup(input: Parameters<typeof assignmentInput>[0] = {}) {
  const teacher = await createTestTeacher();
  const klass = await createClass({ teacherId: teacher.id, name: 'Class' });
  const assignment = await createAssignment({ teacherId: teacher.id, classId: klass.id, input: assignmentInput(input) });
  const { student } = await joinClass({ code: assignment.code, displayName: 'Sam' });
  return { teacher, klass, assignment, student };
}

const answer = (over: Partial<Parameters<typeof saveAnswer>[0]> & { studentId: string; attemptId: string }) =>
  saveAnswer({ itemId: 'q1', response: { choice: 'a' }, score: 1, maxScore: 1, clientSeq: 1, confidence: 'sure', ...over });

describe('attempts', () => {
  it('start once and resume while unfinished', async () => {
    const { assignment, student } = await setup();
    const first = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 10 });
    expect(first).toMatchObject({ resumed: false, attempt: { number: 1, maxScore: 10, submittedAt: null } });
    expect(first.attempt.deadlineAt?.getTime()).toBe(assignment.dueAt.getTime());
    const again = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 10 });
    expect(again).toMatchObject({ resumed: true, attempt: { id: first.attempt.id, seed: first.attempt.seed } });
  });

  it('stop at the number of attempts allowed', async () => {
    const { assignment, student } = await setup({ attemptsAllowed: 2 });
    const a1 = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
    await submitAttempt({ studentId: student.id, attemptId: a1.attempt.id });
    const a2 = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
    expect(a2.attempt.number).toBe(2);
    await submitAttempt({ studentId: student.id, attemptId: a2.attempt.id });
    await expect(startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 })).rejects.toMatchObject({
      code: 'forbidden:attempts_used',
    });
  });

  it('respect opening, due date, closing and the class', async () => {
    const { teacher, klass, assignment, student } = await setup();
    const later = await createAssignment({
      teacherId: teacher.id,
      classId: klass.id,
      input: assignmentInput({ opensAt: new Date(Date.now() + 3_600_000) }),
    });
    await expect(startOrResumeAttempt({ studentId: student.id, assignmentId: later.id, maxScore: 1 })).rejects.toMatchObject({
      code: 'forbidden:assignment_not_open',
    });
    const afterDue = new Date(assignment.dueAt.getTime() + 1000);
    await expect(
      startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1, now: afterDue }),
    ).rejects.toMatchObject({ code: 'forbidden:assignment_past_due' });
    await closeAssignment({ teacherId: teacher.id, assignmentId: later.id });
    await expect(startOrResumeAttempt({ studentId: student.id, assignmentId: later.id, maxScore: 1 })).rejects.toMatchObject({
      code: 'forbidden:assignment_closed',
    });
    const other = await setup();
    await expect(startOrResumeAttempt({ studentId: other.student.id, assignmentId: assignment.id, maxScore: 1 })).rejects.toMatchObject({
      code: 'forbidden:assignment',
    });
  });

  it('get a deadline from the time limit times the student allowance, capped by the due date', async () => {
    const start = new Date('2030-01-01T10:00:00Z');
    const a = { dueAt: new Date('2030-01-01T11:00:00Z'), timeLimitMinutes: 20 };
    expect(attemptDeadline(a, '1', start).toISOString()).toBe('2030-01-01T10:20:00.000Z');
    expect(attemptDeadline(a, '1.5', start).toISOString()).toBe('2030-01-01T10:30:00.000Z');
    expect(attemptDeadline(a, 'untimed', start).toISOString()).toBe('2030-01-01T11:00:00.000Z');
    expect(attemptDeadline({ ...a, timeLimitMinutes: 90 }, '2', start).toISOString()).toBe('2030-01-01T11:00:00.000Z');
    const { teacher, assignment: timed, student } = await setup({ timeLimitMinutes: 10 });
    await setStudentTimeFactor({ teacherId: teacher.id, studentId: student.id, timeFactor: '2' });
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: timed.id, maxScore: 1 });
    expect(attempt.deadlineAt!.getTime() - attempt.startedAt.getTime()).toBe(20 * 60_000);
  });

  it('past its deadline is submitted when the student comes back', async () => {
    const { assignment, student } = await setup({ timeLimitMinutes: 5, attemptsAllowed: 2 });
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
    await answer({ studentId: student.id, attemptId: attempt.id, score: 1 });
    const late = new Date(attempt.deadlineAt!.getTime() + SAVE_GRACE_MS + 1000);
    await expect(answer({ studentId: student.id, attemptId: attempt.id, clientSeq: 2, now: late })).rejects.toMatchObject({
      code: 'forbidden:attempt_deadline',
    });
    const next = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1, now: late });
    expect(next.attempt.number).toBe(2);
    const first = await getAttemptForStudent({ studentId: student.id, attemptId: attempt.id });
    expect(first).toMatchObject({ score: 1 });
    expect(first?.submittedAt?.getTime()).toBe(attempt.deadlineAt!.getTime());
  });
});

describe('answers', () => {
  it('save idempotently: a resend changes nothing, a newer answer replaces, an older one is ignored', async () => {
    const { assignment, student } = await setup();
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 2 });
    const ids = { studentId: student.id, attemptId: attempt.id };
    const first = await answer({ ...ids, clientSeq: 3, response: { choice: 'a' }, score: 0 });
    expect(first.saved).toBe(true);
    const resend = await answer({ ...ids, clientSeq: 3, response: { choice: 'a' }, score: 0 });
    expect(resend).toMatchObject({ saved: false, answer: { clientSeq: 3, response: { choice: 'a' } } });
    const newer = await answer({ ...ids, clientSeq: 5, response: { choice: 'b' }, score: 1, confidence: 'fairly' });
    expect(newer).toMatchObject({ saved: true, answer: { clientSeq: 5, response: { choice: 'b' }, score: 1, confidence: 'fairly' } });
    const older = await answer({ ...ids, clientSeq: 4, response: { choice: 'c' }, score: 0 });
    expect(older).toMatchObject({ saved: false, answer: { clientSeq: 5, response: { choice: 'b' }, score: 1 } });
    await answer({ ...ids, itemId: 'q2', clientSeq: 6, score: 1 });
    const list = await listAnswersForStudent(ids);
    expect(list.map((a) => [a.itemId, a.clientSeq])).toEqual([
      ['q1', 5],
      ['q2', 6],
    ]);
  });

  it('refuse bad shapes', async () => {
    const { assignment, student } = await setup();
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 2 });
    const ids = { studentId: student.id, attemptId: attempt.id };
    await expect(answer({ ...ids, itemId: 'Bad Id' })).rejects.toMatchObject({ code: 'bad_request:answer' });
    await expect(answer({ ...ids, clientSeq: -1 })).rejects.toMatchObject({ code: 'bad_request:answer' });
    await expect(answer({ ...ids, score: 2, maxScore: 1 })).rejects.toMatchObject({ code: 'bad_request:answer' });
    await expect(answer({ ...ids, response: 'x'.repeat(20_000) })).rejects.toMatchObject({ code: 'bad_request:answer_too_large' });
  });

  it('submit totals the score once; submitting again returns the same; no saves after', async () => {
    const { assignment, student } = await setup();
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 3 });
    const ids = { studentId: student.id, attemptId: attempt.id };
    await answer({ ...ids, itemId: 'q1', score: 1 });
    await answer({ ...ids, itemId: 'q2', score: 0.5 });
    const submitted = await submitAttempt(ids);
    expect(submitted).toMatchObject({ score: 1.5, maxScore: 3 });
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    const again = await submitAttempt({ ...ids, now: new Date(Date.now() + 60_000) });
    expect(again).toEqual(submitted);
    const both = await Promise.all([submitAttempt(ids), submitAttempt(ids)]);
    expect(both.map((a) => a.submittedAt?.getTime())).toEqual([submitted.submittedAt?.getTime(), submitted.submittedAt?.getTime()]);
    await expect(answer({ ...ids, itemId: 'q3', clientSeq: 9 })).rejects.toMatchObject({ code: 'conflict:attempt_submitted' });
  });

  it('self rating and teacher rating; the teacher rating sets the score', async () => {
    const { teacher, assignment, student } = await setup();
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 4 });
    const ids = { studentId: student.id, attemptId: attempt.id };
    await answer({ ...ids, itemId: 'essay', response: { text: 'The number is a claim.' }, score: 0, maxScore: 2 });
    await answer({ ...ids, itemId: 'q1', score: 1, maxScore: 1 });
    await submitAttempt(ids);
    expect((await setSelfRating({ ...ids, itemId: 'essay', rating: 2 })).selfRating).toBe(2);
    const rated = await setTeacherRating({ teacherId: teacher.id, attemptId: attempt.id, itemId: 'essay', rating: 1 });
    expect(rated).toMatchObject({ teacherRating: 1, score: 1 });
    expect(await getAttemptForStudent(ids)).toMatchObject({ score: 2 });
    await expect(setTeacherRating({ teacherId: teacher.id, attemptId: attempt.id, itemId: 'essay', rating: 3 })).rejects.toMatchObject({
      code: 'bad_request:rating',
    });
  });
});

describe('ownership of attempts', () => {
  it('another student or another teacher cannot read or change them', async () => {
    const { teacher, klass, assignment, student } = await setup();
    const { student: classmate } = await joinClass({ code: assignment.code, displayName: 'Ana' });
    const bob = await createTestTeacher('Bob');
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
    await answer({ studentId: student.id, attemptId: attempt.id });

    const theirs = { studentId: classmate.id, attemptId: attempt.id };
    await expect(listAnswersForStudent(theirs)).rejects.toMatchObject({ code: 'forbidden:attempt' });
    await expect(answer(theirs)).rejects.toMatchObject({ code: 'forbidden:attempt' });
    await expect(submitAttempt(theirs)).rejects.toMatchObject({ code: 'forbidden:attempt' });
    await expect(setSelfRating({ ...theirs, itemId: 'q1', rating: 1 })).rejects.toMatchObject({ code: 'forbidden:attempt' });
    expect(await getAttemptForStudent(theirs)).toBeNull();

    expect(await getAttemptForTeacher({ teacherId: bob.id, attemptId: attempt.id })).toBeNull();
    expect(await listAnswersForTeacher({ teacherId: bob.id, attemptId: attempt.id })).toBeNull();
    expect(await listAttemptsForAssignment({ teacherId: bob.id, assignmentId: assignment.id })).toBeNull();
    await expect(setTeacherRating({ teacherId: bob.id, attemptId: attempt.id, itemId: 'q1', rating: 0 })).rejects.toMatchObject({
      code: 'forbidden:attempt',
    });

    expect(await getAttemptForTeacher({ teacherId: teacher.id, attemptId: attempt.id })).toMatchObject({ class: { id: klass.id } });
    expect(await listAnswersForTeacher({ teacherId: teacher.id, attemptId: attempt.id })).toHaveLength(1);
    const rows = await listAttemptsForAssignment({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(rows).toMatchObject([{ attempt: { id: attempt.id }, student: { displayName: 'Sam' } }]);
  });
});
