import { describe, expect, it } from 'vitest';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { listAnswersForStudent, saveAnswer } from './answers';
import { createAssignment } from './assignments';
import { startOrResumeAttempt } from './attempts';
import { createClass } from './classes';
import { mergeStudents, removeStudent, renameStudent } from './student-admin';
import { joinClass, listStudentsForClass } from './students';

useTestDatabase();

const classify = (status: string) => ({ type: 'classify' as const, status: status as 'claim' });

async function setup() {
  const teacher = await createTestTeacher();
  const klass = await createClass({ teacherId: teacher.id, name: '8M' });
  const assignment = await createAssignment({ teacherId: teacher.id, classId: klass.id, input: assignmentInput({ quizId: 'paktika-practice' }) });
  const join = async (name: string) => {
    const { student } = await joinClass({ code: assignment.code, displayName: name });
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
    return { student, attempt };
  };
  return { teacher, klass, join };
}

describe('a teacher tidying the class list', () => {
  it('merges two students: answers kept, the newer answer of a pair wins', async () => {
    const { teacher, klass, join } = await setup();
    const sam = await join('Sam');
    const samAgain = await join('Sam K');
    const t0 = new Date(Date.now() - 60_000);
    const save = (who: typeof sam, itemId: string, status: string, now: Date) =>
      saveAnswer({ studentId: who.student.id, attemptId: who.attempt.id, itemId, response: classify(status), score: status === 'claim' ? 1 : 0, maxScore: 1, clientSeq: now.getTime() % 1e9, now });
    await save(sam, 'numbers-71-militants', 'verified', t0);
    await save(samAgain, 'numbers-71-militants', 'claim', new Date(t0.getTime() + 1000)); // newer: wins
    await save(samAgain, 'source-behind-71', 'claim', t0); // only in the second
    const merged = await mergeStudents({ teacherId: teacher.id, fromId: samAgain.student.id, intoId: sam.student.id });
    expect(merged.id).toBe(sam.student.id);
    const rows = await listAnswersForStudent({ studentId: sam.student.id, attemptId: sam.attempt.id });
    expect(Object.fromEntries(rows.map((r) => [r.itemId, r.response]))).toEqual({
      'numbers-71-militants': classify('claim'),
      'source-behind-71': classify('claim'),
    });
    expect((await listStudentsForClass({ teacherId: teacher.id, classId: klass.id }))?.map((s) => s.displayName)).toEqual(['Sam']);
  });

  it('renames and removes, only in their own class', async () => {
    const { teacher, klass, join } = await setup();
    const kim = await join('Kim');
    await join('Lee');
    await expect(renameStudent({ teacherId: teacher.id, studentId: kim.student.id, name: 'lee' })).rejects.toMatchObject({ code: 'conflict:display_name' });
    expect((await renameStudent({ teacherId: teacher.id, studentId: kim.student.id, name: ' Kim  Park ' })).displayName).toBe('Kim Park');
    const bob = await createTestTeacher('Bob');
    await expect(removeStudent({ teacherId: bob.id, studentId: kim.student.id })).rejects.toMatchObject({ code: 'not_found:student' });
    await removeStudent({ teacherId: teacher.id, studentId: kim.student.id });
    expect((await listStudentsForClass({ teacherId: teacher.id, classId: klass.id }))?.map((s) => s.displayName)).toEqual(['Lee']);
  });
});
