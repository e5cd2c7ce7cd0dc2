import { describe, expect, it } from 'vitest';
import { buildAssignmentReport } from './report';
import { studentRows } from './students';
import { at, attempts, quiz, students } from './test-fixtures';

describe('studentRows', () => {
  const rows = studentRows(quiz, students, attempts);
  const row = (name: string) => rows.find((r) => r.displayName === name);

  it('gives every student a row, by name, including those who have not started', () => {
    expect(rows.map((r) => [r.displayName, r.status])).toEqual([
      ['Ana', 'submitted'],
      ['Ben', 'submitted'],
      ['Cy', 'submitted'],
      ['Dee', 'submitted'],
      ['Eli', 'in_progress'],
      ['Fay', 'not_started'],
    ]);
    expect(row('Fay')).toMatchObject({ score: 0, answered: 0, timeTakenMs: null, lastActivity: null });
  });

  it('adds up score, answered, pending written answers and confidently wrong answers', () => {
    expect(row('Ana')).toMatchObject({ score: 4, max: 4, answered: 4, questions: 4, pending: 0, confidentlyWrong: 0 });
    expect(row('Ben')).toMatchObject({ score: 1.5, answered: 3, confidentlyWrong: 1 });
    expect(row('Dee')).toMatchObject({ score: 0.5, answered: 4, pending: 1, confidentlyWrong: 1 });
  });

  it('times a submitted attempt from start to submit, and an unfinished one from first to last answer', () => {
    expect(row('Ben')?.timeTakenMs).toBe(10 * 60_000);
    expect(row('Eli')?.timeTakenMs).toBe(5 * 60_000);
    expect(row('Eli')?.lastActivity).toEqual(at(7));
    expect(row('Ben')?.lastActivity).toEqual(at(10));
  });
});

describe('buildAssignmentReport', () => {
  it('counts each student once, with their latest attempt', () => {
    const retry = { ...attempts[1]!, id: 'ben-2', number: 2, submittedAt: null, answers: [] };
    const report = buildAssignmentReport(quiz, { students, attempts: [...attempts, retry] });
    expect(report.students.find((s) => s.displayName === 'Ben')).toMatchObject({ status: 'in_progress', attemptNumber: 2, answered: 0 });
    expect(report.progress).toMatchObject({ students: 6, started: 5, submitted: 3 });
  });
  it('flags a name that joined on the device of another student of the class, by that student\'s name', () => {
    const [ana, ben, ...rest] = students;
    const flagged = studentRows(quiz, [ana!, { ...ben!, sameDeviceAs: ana!.id }, ...rest], attempts);
    expect(flagged.find((r) => r.studentId === ben!.id)?.sameDeviceAs).toBe(ana!.displayName);
    expect(flagged.filter((r) => r.sameDeviceAs !== null)).toHaveLength(1);
    expect(studentRows(quiz, students, attempts).every((r) => r.sameDeviceAs === null)).toBe(true);
  });

  it('summarises progress', () => {
    const report = buildAssignmentReport(quiz, { students, attempts });
    expect(report.progress).toEqual({ students: 6, started: 5, submitted: 4, answers: 16, lastActivity: at(10) });
    expect(report.questionCount).toBe(4);
  });
});
